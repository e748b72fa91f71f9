package dev.openapiauth.generate.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.generate.Flavour;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the auth core for a description with every kind of scheme, compiles it with the JDK's
 * compiler, and checks each situation of the runtime table (README, "What the generated layer answers") against the compiled gate.
 */
class AuthGateTest {
    private static final String BEARER = "Bearer realm=\"Gate \\\"Test\\\"\"";
    private static final String BASIC = "Basic realm=\"Gate \\\"Test\\\"\", charset=\"UTF-8\"";
    private static final String API_KEY = "ApiKey realm=\"Gate \\\"Test\\\"\"";
    private static final String REQUIRED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Credentials are required for this operation.\"}";

    @TempDir
    static Path dir;
    private static Function<Map<String, Object>, String> gate;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void renderAndCompile() throws Exception {
        Path spec = Path.of(AuthGateTest.class.getResource("/stubs/gate.yaml").toURI());
        SecurityModel model = SecurityModelBuilder.build(new SpecLoader(LoadOptions.DEFAULT).load(spec), ModelOptions.DEFAULT);
        List<Path> sources = new ArrayList<>(new AuthLayerRenderer().render(model, Flavour.NONE, false, "com.example", "Gate \"Test\"", dir.resolve("src")));
        Path driver = dir.resolve("src/com/example/auth/GateDriver.java");
        Files.writeString(driver, Files.readString(Path.of(AuthGateTest.class.getResource("/stubs/GateDriver.java.txt").toURI()))
                .replace("PACKAGE", "com.example.auth"));
        sources.add(driver);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "--release", "17", "-Xlint:all", "-Werror"));
        sources.forEach(source -> arguments.add(source.toString()));
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("generated code compiles without warnings").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, AuthGateTest.class.getClassLoader());
        gate = (Function<Map<String, Object>, String>) loader.loadClass("com.example.auth.GateDriver").getConstructor().newInstance();
    }

    private static String request(String method, String path, Map<String, List<String>> headers) {
        return gate.apply(Map.of("method", method, "path", path, "headers", headers));
    }

    private static String get(String path, String... authorization) {
        return request("GET", path, authorization.length == 0 ? Map.of() : Map.of("Authorization", List.of(authorization)));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void publicOperationsAndUnknownRoutesPass() {
        assertThat(get("/public")).isEqualTo("allow []");
        assertThat(get("/items/mine")).as("a literal segment beats a template").isEqualTo("allow []");
        assertThat(get("/nowhere")).isEqualTo("not covered");
        assertThat(request("DELETE", "/public", Map.of())).isEqualTo("not covered");
    }

    @Test
    void noCredentialsIs401WithOneChallengePerAcceptedSchemeAndNoErrorParameter() {
        assertThat(get("/bearer")).isEqualTo("401 " + BEARER + " :: " + REQUIRED);
        assertThat(get("/items/42")).isEqualTo("401 " + BEARER + " :: " + REQUIRED);
        assertThat(get("/basic")).isEqualTo("401 " + BASIC + " :: " + REQUIRED);
        assertThat(get("/key-header")).isEqualTo("401 " + API_KEY + " :: " + REQUIRED);
        assertThat(get("/or")).isEqualTo("401 " + BASIC + " | " + BEARER + " :: " + REQUIRED);
        assertThat(request("HEAD", "/bearer", Map.of())).as("HEAD is secured like GET").startsWith("401 ");
    }

    @Test
    void invalidExpiredOrMalformedCredentialsAre401WithInvalidTokenForBearer() {
        String invalid = " :: {\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"The credentials are invalid, expired or malformed.\"}";
        assertThat(get("/bearer", "Bearer expired")).isEqualTo("401 " + BEARER + ", error=\"invalid_token\"" + invalid);
        assertThat(get("/bearer", "Bearer not a token")).isEqualTo("401 " + BEARER + ", error=\"invalid_token\"" + invalid);
        assertThat(get("/basic", basic("alice", "wrong"))).isEqualTo("401 " + BASIC + invalid);
        assertThat(get("/basic", "Basic %%%not-base64")).isEqualTo("401 " + BASIC + invalid);
        assertThat(get("/basic", "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("401 " + BASIC + invalid);
        assertThat(request("GET", "/key-header", Map.of("X-API-Key", List.of("k2")))).isEqualTo("401 " + API_KEY + invalid);
    }

    @Test
    void aTokenInMoreThanOnePlaceIs400InvalidRequest() {
        Map<String, Object> twice = Map.of("method", "GET", "path", "/bearer",
                "headers", Map.of("Authorization", List.of("Bearer reader")), "query", Map.of("access_token", List.of("reader")));
        assertThat(gate.apply(twice)).isEqualTo("400 " + BEARER + ", error=\"invalid_request\" :: {\"type\":\"about:blank\","
                + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The access token was sent in more than one place.\"}");
        assertThat(get("/bearer", "Bearer reader", "Bearer writer")).startsWith("400 ");
    }

    @Test
    void insufficientScopesAre403WithInsufficientScopeForBearer() {
        assertThat(request("POST", "/scoped", Map.of("Authorization", List.of("Bearer reader")))).isEqualTo("403 " + BEARER
                + ", error=\"insufficient_scope\", scope=\"write\" :: {\"type\":\"about:blank\",\"title\":\"Forbidden\","
                + "\"status\":403,\"detail\":\"The credentials do not grant access to this operation.\"}");
        assertThat(request("POST", "/scoped", Map.of("Authorization", List.of("Bearer writer")))).isEqualTo("allow [writer]");
        assertThat(get("/scoped", "bearer reader")).as("the auth-scheme is case-insensitive").isEqualTo("allow [reader]");
    }

    @Test
    void unauthorizedWinsOverForbidden() {
        // The token is valid but lacks "write"; the other alternative's password is wrong: 401, not 403.
        Map<String, Object> both = Map.of("method", "GET", "path", "/scoped-or-basic",
                "headers", Map.of("Authorization", List.of(basic("alice", "wrong"))), "query", Map.of("access_token", List.of("reader")));
        assertThat(gate.apply(both)).startsWith("401 " + BEARER + " | " + BASIC + " :: ");
    }

    @Test
    void validCredentialsPassForEveryKindOfScheme() {
        assertThat(get("/basic", basic("alice", "secret"))).isEqualTo("allow [alice]");
        assertThat(get("/bearer", "Bearer reader")).isEqualTo("allow [reader]");
        assertThat(gate.apply(Map.of("method", "GET", "path", "/bearer", "query", Map.of("access_token", List.of("writer")))))
                .isEqualTo("allow [writer]");
        assertThat(request("GET", "/key-header", Map.of("x-api-key", List.of("k1")))).isEqualTo("allow [key-k1]");
        assertThat(gate.apply(Map.of("method", "GET", "path", "/key-query", "query", Map.of("api_key", List.of("k1")))))
                .isEqualTo("allow [key-k1]");
        assertThat(gate.apply(Map.of("method", "GET", "path", "/key-cookie", "cookies", Map.of("session", "k1"))))
                .isEqualTo("allow [key-k1]");
        assertThat(get("/or", basic("alice", "secret"))).isEqualTo("allow [alice]");
    }

    @Test
    void everySchemeOfAnAndRequirementIsNeeded() {
        Map<String, List<String>> keyOnly = Map.of("X-API-Key", List.of("k1"));
        assertThat(request("GET", "/and", keyOnly)).isEqualTo("401 " + API_KEY + " | " + BEARER + " :: " + REQUIRED);
        assertThat(request("GET", "/and", Map.of("X-API-Key", List.of("k1"), "Authorization", List.of("Bearer reader"))))
                .isEqualTo("allow [key-k1, reader]");
        assertThat(request("GET", "/and", Map.of("X-API-Key", List.of("k1"), "Authorization", List.of("Bearer expired"))))
                .startsWith("401 " + API_KEY + " | " + BEARER + ", error=\"invalid_token\" :: ");
    }

    @Test
    void optionalAuthLetsAnonymousRequestsThroughButNotInvalidCredentials() {
        assertThat(get("/optional")).isEqualTo("allow []");
        assertThat(get("/optional", "Bearer reader")).isEqualTo("allow [reader]");
        assertThat(get("/optional", "Bearer expired")).startsWith("401 " + BEARER + ", error=\"invalid_token\"");
    }

    @Test
    void everyReadingOfASecuredPathIsGatedLikeTheCanonicalOne() {
        for (String variant : List.of("/bearer;x=1", "/bearer;jsessionid=abc", "/%62earer", "/%62%65%61%72%65%72", "//bearer",
                "/bearer/", "/bearer//", "/./bearer", "/nowhere/../bearer", "/%2e/bearer", "/x/%2E%2E/bearer", "/x/..;/bearer",
                "/bearer;/", "/bearer?x=1")) {
            assertThat(get(variant)).as(variant).isEqualTo("401 " + BEARER + " :: " + REQUIRED);
        }
        assertThat(get("/items/42;v=1/")).isEqualTo("401 " + BEARER + " :: " + REQUIRED);
        assertThat(get("/items//mine;x=1")).as("the literal template still wins").isEqualTo("allow []");
        assertThat(request("HEAD", "/%62earer;x", Map.of())).startsWith("401 ");
        assertThat(get("/\u00e9t\u00e9/../%62earer")).as("raw non-ASCII next to escapes is read, not refused")
                .isEqualTo("401 " + BEARER + " :: " + REQUIRED);
    }

    @Test
    void aPathTheGateCannotReadIsRefusedWith400() {
        String unreadable = "400  :: {\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request path cannot be read.\"}";
        assertThat(get("/bear%zzer")).isEqualTo(unreadable);
        assertThat(get("/bearer%")).isEqualTo(unreadable);
        assertThat(get("/bearer;x=%zz")).as("also in a path parameter, which is dropped").isEqualTo(unreadable);
        assertThat(get("/%C0%AFbearer")).as("an overlong encoding is not UTF-8").isEqualTo(unreadable);
        assertThat(get("/%ED%A0%80")).as("an encoded surrogate is not UTF-8").isEqualTo(unreadable);
        assertThat(get("/%\u0666\u0662earer")).as("only ASCII hex digits make an escape").isEqualTo(unreadable);
        assertThat(get("/%G2earer")).isEqualTo(unreadable);
    }

    @Test
    void moreThanOneAuthorizationHeaderIs400InvalidRequest() {
        assertThat(get("/basic", basic("alice", "secret"), basic("mallory", "x"))).isEqualTo("400 " + BASIC
                + " :: {\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request carries more than one Authorization header.\"}");
        assertThat(get("/or", basic("alice", "secret"), "Bearer reader")).startsWith("400 " + BASIC + " | " + BEARER
                + ", error=\"invalid_request\" :: ");
        assertThat(get("/public", "Bearer a", "Bearer b")).as("a public operation reads no credentials").isEqualTo("allow []");
    }

    @Test
    void aVerifierThatThrowsOrASchemeNobodyDeclaredIsRefusedWith500() {
        String internal = "500  :: {\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
                + "\"detail\":\"The server cannot decide on access to this operation.\"}";
        assertThat(get("/bearer", "Bearer boom")).isEqualTo(internal);
        assertThat(get("/ghost")).isEqualTo(internal);
    }
}
