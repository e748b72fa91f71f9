package dev.openapiauth.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scopes against a real server on 127.0.0.1: a route that does it right, one whose scope check ends
 * in 500, one that refuses every token, and a DELETE that must not be sent with a valid token.
 */
class RightsProbeTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            paths:
              /pets:
                get: {security: [{oauth: [pets:read]}], responses: {'200': {description: ok}}}
              /pets/{id}:
                delete:
                  security: [{oauth: [pets:write]}]
                  parameters: [{name: id, in: path, required: true, schema: {type: integer, example: 7}}]
                  responses: {'204': {description: gone}}
              /reports:
                get: {security: [{oauth: [reports:read]}], responses: {'200': {description: ok}}}
              /orders:
                get: {security: [{oauth: [orders:read]}], responses: {'200': {description: ok}}}
            components:
              securitySchemes:
                oauth:
                  type: oauth2
                  flows:
                    clientCredentials:
                      tokenUrl: https://auth.example.com/token
                      scopes: {pets:read: r, pets:write: w, reports:read: r, orders:read: r}
            """;
    private static final String CREDENTIALS = """
            credentials:
              - {name: reader, scheme: oauth, token: '${READER_TOKEN}', grants: [pets:read, orders:read]}
              - {name: writer, scheme: oauth, token: 'writer-token', grants: [pets:write]}
            """;
    private static final Map<String, Set<String>> TOKENS = Map.of("Bearer reader-token", Set.of("pets:read", "orders:read"),
            "Bearer writer-token", Set.of("pets:write"));

    @TempDir
    Path dir;
    @RegisterExtension
    final TestServer server = new TestServer(this::answer);
    private final List<String> received = new ArrayList<>();

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Set<String> granted = authorization == null ? null : TOKENS.get(authorization);
        synchronized (received) {
            received.add(exchange.getRequestMethod() + " " + path + " " + (granted != null ? "valid" : "none"));
        }
        String scope = switch (path) {
            case "/pets" -> "pets:read";
            case "/pets/7" -> "pets:write";
            case "/reports" -> "reports:read";
            case "/orders" -> "orders:read";
            default -> null;
        };
        if (scope == null) {
            send(exchange, 404, null);
        } else if (granted == null || path.equals("/orders")) {
            // /orders refuses every token: the server's scheme configuration is broken
            send(exchange, 401, authorization == null ? "Bearer" : "Bearer error=\"invalid_token\"");
        } else if (!granted.contains(scope)) {
            // /reports turns the failed scope check into a server error
            send(exchange, path.equals("/reports") ? 500 : 403, null);
        } else {
            send(exchange, path.equals("/pets/7") ? 204 : 200, null);
        }
    }

    private static void send(HttpExchange exchange, int status, String challenge) throws IOException {
        Answers.send(exchange, status, "application/problem+json", "{\"status\":" + status + "}", challenge);
    }

    private ProbeResult probe(boolean allowUnsafe) throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
        Loaded loaded = Loaded.of(spec);
        ProbeInputs inputs = CredentialsFile.read(Files.writeString(dir.resolve("credentials.yaml"), CREDENTIALS), loaded.model(),
                Map.of("READER_TOKEN", "reader-token"));
        return new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), inputs, allowUnsafe, true, null)
                .probe(loaded.spec(), loaded.model(), server.baseUrl());
    }

    @Test
    void insufficientRightsMustGet403AndSufficientOnesMustGetIn() throws Exception {
        ProbeResult result = probe(false);

        assertThat(result.error()).isNull();
        assertThat(result.findings()).extracting(f -> f.operation().label() + " " + f.rule()).containsExactlyInAnyOrder(
                "GET /reports probe-insufficient-rights-not-forbidden",
                "GET /orders probe-valid-credentials-refused",
                "GET /orders probe-insufficient-rights-not-forbidden");
        assertThat(result.findings()).filteredOn(f -> f.operation().path().equals("/reports")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("GET /reports answered 500 with valid credentials lacking a "
                        + "required right (reader, without reports:read) (expected 403)").contains("Authorization: Bearer ****")
                        .doesNotContain("reader-token"));
        synchronized (received) {
            assertThat(received).contains("DELETE /pets/7 none").doesNotContain("DELETE /pets/7 valid");
        }
    }

    @Test
    void allowUnsafeAlsoSendsTheDeleteWithValidCredentials() throws Exception {
        ProbeResult result = probe(true);
        assertThat(result.findings()).noneMatch(f -> f.operation().method().equals("DELETE"));
        synchronized (received) {
            assertThat(received).contains("DELETE /pets/7 valid");
        }
    }

    @Test
    void requestValuesFromTheCredentialsFileGoBeforeTheDescriptionsExamples() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
        Loaded loaded = Loaded.of(spec);
        ProbeInputs inputs = CredentialsFile.read(Files.writeString(dir.resolve("values.yaml"), """
                operations:
                  DELETE /pets/{id}: {path: {id: '${PET}'}}
                """), loaded.model(), Map.of("PET", "8"));
        new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), inputs, false, true, null)
                .probe(loaded.spec(), loaded.model(), server.baseUrl());
        synchronized (received) {
            assertThat(received).contains("DELETE /pets/8 none").doesNotContain("DELETE /pets/7 none");
        }
        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), "operations:\n  getPet: {path: {id: '1'}}\n");
        assertThatThrownBy(() -> CredentialsFile.read(unknown, loaded.model(), Map.of()))
                .hasMessage(unknown + ":2: operation 'getPet' is not in the description (name it by its operationId or as METHOD /path)");
    }

    @Test
    void anUnsetVariableOrAnUndeclaredSchemeIsAnErrorWithFileAndLine() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
        Loaded loaded = Loaded.of(spec);
        Path credentials = Files.writeString(dir.resolve("credentials.yaml"), CREDENTIALS);
        assertThatThrownBy(() -> CredentialsFile.read(credentials, loaded.model(), Map.of()))
                .hasMessage(credentials + ":2: environment variable READER_TOKEN is not set");
        Path other = Files.writeString(dir.resolve("other.yaml"), "credentials:\n  - {name: x, scheme: basic, username: a, password: b}\n");
        assertThatThrownBy(() -> CredentialsFile.read(other, loaded.model(), Map.of()))
                .hasMessage(other + ":2: credential 'x' is for scheme 'basic', which the description does not declare");
    }
}
