package dev.openapiauth.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Unchecked;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on 127.0.0.1 whose routes each make one well-known mistake, and one route that makes
 * none: the probe reports each mistake on its operation, and nothing on the correct one.
 */
class ProberTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            security: [{bearer: []}]
            paths:
              /good: {get: {responses: {'200': {description: ok}}}}
              /open: {get: {responses: {'200': {description: ok}}}}
              /forbidden: {get: {responses: {'200': {description: ok}}}}
              /xhr-no-challenge: {get: {security: [{basic: []}], responses: {'200': {description: ok}}}}
              /crash: {get: {responses: {'200': {description: ok}}}}
              /slash: {get: {responses: {'200': {description: ok}}}}
              /html: {get: {responses: {'200': {description: ok}}}}
              /other-members: {get: {responses: {'200': {description: ok}}}}
              /public: {get: {security: [], responses: {'200': {description: ok}}}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
                basic: {type: http, scheme: basic}
            """;

    @TempDir
    Path dir;
    @RegisterExtension
    final TestServer server = new TestServer(this::answer);
    /** How a test's own server answers, where it is not the one of {@link #answer}. */
    private volatile HttpHandler instead;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    /** Each route as a server with that one mistake would answer; paths are matched exactly as received. */
    private void answer(HttpExchange exchange) throws IOException {
        if (instead != null) {
            instead.handle(exchange);
            return;
        }
        if (Answers.answerDocumented401(exchange)) {
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean xhr = "XMLHttpRequest".equals(exchange.getRequestHeaders().getFirst("X-Requested-With"));
        if (exchange.getRequestMethod().equals("POST")) {
            bodies.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        switch (path) {
            case "/open" -> Answers.send(exchange, 200, "application/json", "[]", null);
            case "/forbidden" -> Answers.send(exchange, 403, "application/problem+json", "{\"status\":403}", null);
            case "/xhr-no-challenge" -> Answers.send(exchange, 401, "application/problem+json", "{\"status\":401}", xhr ? null : "Basic realm=\"Shop\"");
            case "/crash" -> {
                if (authorization == null) {
                    refuse(exchange, null);
                } else {
                    Answers.send(exchange, 500, "text/plain", "java.lang.IllegalStateException: bad token\n\tat com.acme.Auth.check(Auth.java:12)", null);
                }
            }
            case "/slash/" -> Answers.send(exchange, 200, "application/json", "[]", null);
            case "/html" -> Answers.send(exchange, 401, "text/html", "<html>Login</html>", "Bearer realm=\"Shop\"");
            case "/good", "/slash", "/pets" -> refuse(exchange, authorization);
            case "/other-members" -> Answers.send(exchange, 401, "application/problem+json", "{\"error\":\"unauthorized\"}",
                    Answers.bearerChallenge(authorization));
            default -> Answers.send(exchange, 404, "application/problem+json", "{\"status\":404}", null);
        }
    }

    /** The right answer: 401, a Bearer challenge, error="invalid_token" only when a token was sent (RFC 6750 §3.1). */
    private static void refuse(HttpExchange exchange, String authorization) throws IOException {
        Answers.send(exchange, 401, "application/problem+json", "{\"status\":401}",
                Answers.bearerChallenge(authorization));
    }


    private ProbeResult probe(ProbeLimits limits) throws Exception {
        return probe(limits, SPEC);
    }

    private ProbeResult probe(ProbeLimits limits, String description) throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), description);
        Loaded loaded = Loaded.of(spec);
        return new Prober(limits, ProbeInputs.NONE, false, true, null).probe(loaded.spec(), loaded.model(), server.baseUrl());
    }

    @Test
    void reportsEachServersMistakeOnItsOperationAndNothingOnTheCorrectOne() throws Exception {
        ProbeResult result = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1));

        assertThat(result.error()).isNull();
        assertThat(result.findings()).extracting(f -> f.operation().label() + " " + f.rule()).containsExactlyInAnyOrder(
                "GET /open probe-unauthenticated-access",
                "GET /open probe-invalid-credentials-accepted",
                "GET /forbidden probe-forbidden-for-missing-credentials",
                "GET /xhr-no-challenge probe-unauthorized-without-challenge",
                "GET /crash probe-server-error-for-missing-credentials",
                "GET /slash probe-path-variant-bypass",
                "GET /html probe-inconsistent-auth-error",
                "GET /other-members probe-inconsistent-auth-error",
                "GET /html probe-bearer-error-code");
        assertThat(result.skipped()).containsExactly("GET /public: public");
        assertThat(result.operations()).hasSize(8);
        assertThat(result.findings()).filteredOn(f -> f.operation().path().equals("/other-members")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("answered 401 as application/problem+json {error}, while 4 of 6 "
                        + "operations answer it as application/problem+json {status}"));
    }

    @Test
    void findingsNameTheOperationsLineAndShowWhatWasSentWithTheCredentialMasked() throws Exception {
        ProbeResult result = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1));
        Finding accepted = result.findings().stream().filter(f -> f.rule().equals("probe-invalid-credentials-accepted"))
                .findFirst().orElseThrow();
        assertThat(accepted.file()).endsWith("shop.yaml");
        assertThat(accepted.line()).isEqualTo(6);
        assertThat(accepted.message()).startsWith("GET /open answered 200 with an invalid bearer credential — sent GET /open HTTP/1.1;")
                .contains("Authorization: Bearer ****").doesNotContain("openapi-auth-probe-invalid-token")
                .contains("| received 200; application/json; body: []");
        Finding bypass = result.findings().stream().filter(f -> f.rule().equals("probe-path-variant-bypass")).findFirst().orElseThrow();
        assertThat(bypass.message()).startsWith("GET /slash answered 200 without credentials, trailing slash (/slash/), where /slash answers 401");
    }

    @Test
    void operationsProbedAtOnceFindTheSame() throws Exception {
        ProbeResult one = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1));
        ProbeResult eight = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 8));
        assertThat(eight.findings()).extracting(Finding::rule, Finding::line).isEqualTo(one.findings().stream()
                .map(f -> tuple(f.rule(), f.line())).toList());
        assertThat(eight.operations()).extracting(ProbeResult.ProbedOperation::label)
                .isEqualTo(one.operations().stream().map(ProbeResult.ProbedOperation::label).toList());
        assertThat(eight.requests()).isEqualTo(one.requests());
    }

    @Test
    void aFrameworksDefaultPageIsReportedAlsoWhereNoValidatorCanSayWhatIsDocumented() throws Exception {
        ProbeResult result = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), Answers.DOCUMENTED_401_SPEC);

        assertThat(result.findings()).filteredOn(f -> f.rule().equals("probe-undocumented-auth-error")).singleElement()
                .satisfies(f -> assertThat(f.operation().label()).isEqualTo("GET /default-page"))
                .satisfies(f -> assertThat(f.message()).contains("which is a framework's default error page"));
        assertThat(result.unchecked()).extracting(Unchecked::toString).containsExactly("probe-undocumented-auth-error: no OpenAPI validator was found, so 401 and 403 "
                + "answers were checked for framework default pages only (the command line loads Atlassian's validator from "
                + "openapi-auth-validator.jar beside openapi-auth.jar)");
    }

    @Test
    void aValidatorThatFailsOnAnAnswerLeavesItUncheckedAndTheRunGoesOn() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);
        Loaded loaded = Loaded.of(spec);
        ResponseValidator failing = file -> (path, method, response) -> {
            throw new IllegalStateException("no schema for " + path);
        };

        ProbeResult result = new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), ProbeInputs.NONE, false, true, failing)
                .probe(loaded.spec(), loaded.model(), server.baseUrl());

        assertThat(result.error()).isNull();
        assertThat(result.operations()).hasSize(3);
        assertThat(result.unchecked()).extracting(Unchecked::toString).contains("probe-undocumented-auth-error: the OpenAPI validator failed on the answer to GET "
                + "/documented: java.lang.IllegalStateException: no schema for /documented");
    }

    @Test
    void aBodyCarriesTheDescriptionsExampleSoThatTheRequestReachesTheAuthentication() throws Exception {
        probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                security: [{bearer: []}]
                paths:
                  /pets:
                    post:
                      requestBody:
                        content:
                          application/vnd.pets+json:
                            schema: {type: object, example: {name: rex, tags: [dog], age: 3}}
                      responses: {'201': {description: created}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);
        assertThat(bodies).isNotEmpty().allMatch(body -> body.equals("application/vnd.pets+json {\"name\":\"rex\",\"tags\":[\"dog\"],\"age\":3}"));
    }

    @Test
    void aPathAHostileDescriptionWritesWithSpacesAndLineBreaksGoesOutPercentEncodedNeverAsAnotherRequestLine() throws Exception {
        List<String> paths = new CopyOnWriteArrayList<>();
        instead = exchange -> {
            paths.add(exchange.getRequestURI().getRawPath());
            Answers.send(exchange, 401, "application/problem+json", "{\"status\":401}", Answers.bearerChallenge(null));
        };
        ProbeResult result = probe(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                security: [{bearer: []}]
                paths:
                  "/a b\\r\\nX-Injected: yes/ü?x": {get: {responses: {'200': {description: ok}}}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);
        assertThat(result.error()).isNull();
        assertThat(paths).contains("/a%20b%0D%0AX-Injected:%20yes/%C3%BC%3Fx");
    }

    @Test
    void progressCountsEveryOperationOnceUpToTheTotal() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), SPEC);
        Loaded loaded = Loaded.of(spec);
        List<String> told = new CopyOnWriteArrayList<>();
        ProbeResult result = new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 4), ProbeInputs.NONE, false, true, null).probe(loaded.spec(), loaded.model(),
                server.baseUrl(), (done, total, requests) -> told.add(done + "/" + total));
        assertThat(told).containsExactlyInAnyOrder("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
        assertThat(result.operations()).hasSize(8);
    }

    @Test
    void aSpentBudgetEndsTheRunWithAnErrorInsteadOfAPass() throws Exception {
        ProbeResult result = probe(new ProbeLimits(5, Duration.ofSeconds(5), 0, 1));
        assertThat(result.error()).isEqualTo("the request budget of 5 requests is spent while probing GET /good (0 operations done "
                + "before it); nothing after it was checked: raise the request budget");
        assertThat(result.requests()).isEqualTo(5);
    }

    @Test
    void aServerThatIsNotThereIsAnErrorNamingTheBaseUrl() throws Exception {
        server.stop();
        ProbeResult result = probe(new ProbeLimits(100, Duration.ofSeconds(2), 0, 1));
        assertThat(result.error()).startsWith("cannot probe GET /good at http://127.0.0.1:").contains("refused");
        assertThat(result.findings()).isEmpty();
    }
}
