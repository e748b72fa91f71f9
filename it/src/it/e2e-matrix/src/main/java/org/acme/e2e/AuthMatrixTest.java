package org.acme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The end-to-end proof each flavour runs: a real server on 127.0.0.1, real HTTP requests for every
 * case of {@link AuthMatrix}, each response checked for status, every WWW-Authenticate challenge,
 * Cache-Control and body, and validated against the augmented description; then a concurrent run, and
 * the bypass suites ({@link BypassSuites}) over raw sockets. A flavour's test extends this class and
 * starts its server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AuthMatrixTest {
    private static final int THREADS = 8;
    private static final int CONCURRENT_REQUESTS = 2_000;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> proven = new ArrayList<>();
    private URI base;
    private SpecResponseValidator validator;

    /** Starts the application on 127.0.0.1 with an ephemeral port; returns its base URI (no trailing slash). */
    protected abstract URI startServer() throws Exception;

    protected abstract void stopServer() throws Exception;

    /** The flavour's name in the report written to target/auth-matrix.tsv. */
    protected abstract String flavour();

    @BeforeAll
    void start() throws Exception {
        validator = new SpecResponseValidator(Path.of(System.getProperty("e2e.augmentedSpec")));
        base = startServer();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
    }

    @AfterAll
    void stop() throws Exception {
        stopServer();
        Files.write(Path.of("target", "auth-matrix-" + flavour() + ".tsv"), proven);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationInEverySituation() {
        return AuthMatrix.cases().stream().map(authCase -> DynamicTest.dynamicTest(authCase.toString(), () -> {
            HttpResponse<String> response = send(authCase.call());
            expectAnswer(authCase, response);
            synchronized (proven) {
                proven.add(flavour() + "\t" + authCase.situation() + "\t" + authCase.call() + "\t" + response.statusCode());
            }
        }));
    }

    @Test
    void concurrentMixedRequestsAllGetTheirStatus() throws Exception {
        List<AuthCase> cases = AuthMatrix.cases();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                // A stride coprime with the number of cases mixes neighbouring requests of different situations.
                AuthCase authCase = cases.get((i * 7) % cases.size());
                answers.add(pool.submit(() -> {
                    int status = send(authCase.call()).statusCode();
                    return status == authCase.expected().status() ? null : authCase + " got " + status;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> answer : answers) {
                String failure = answer.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            System.out.printf("e2e concurrent run (%s): %d requests on %d threads, %d failures%n",
                    flavour(), CONCURRENT_REQUESTS, THREADS, failures.size());
            assertThat(failures).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyPathVariantOfASecuredOperationIsRefusedLikeItsCanonicalPath() throws Exception {
        BypassSuites.Report report = suites().variants();
        System.out.println("e2e path variants (" + flavour() + "): " + report);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void seededRandomPathMutationsNeverReachAControllerWithoutSufficientCredentials() throws Exception {
        BypassSuites.Report report = suites().mutations(Long.getLong("e2e.mutatorSeed", 20261202L),
                Integer.getInteger("e2e.mutatorRequests", 10_000), Duration.ofMinutes(5));
        System.out.println("e2e path mutator (" + flavour() + "): " + report);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void unauthorizedComesBeforeContentNegotiation() throws Exception {
        int port = base.getPort();
        RawHttp.Answer html = RawHttp.send(port, "GET", "/bearer", List.of(Map.entry("Accept", "text/html")));
        RawHttp.Answer plain = RawHttp.send(port, "POST", "/items", List.of(Map.entry("Content-Type", "text/plain")));
        RawHttp.Answer readerPlain = RawHttp.send(port, "POST", "/items", List.of(Map.entry("Content-Type", "text/plain"),
                Map.entry("Authorization", "Bearer " + KnownCredentials.READ_TOKEN)));

        assertThat(html.status()).as("Accept: text/html without credentials").isEqualTo(401);
        assertThat(plain.status()).as("an unsupported Content-Type without credentials").isEqualTo(401);
        assertThat(readerPlain.status()).as("an unsupported Content-Type with a token lacking the scope").isEqualTo(403);
        for (RawHttp.Answer answer : List.of(html, plain, readerPlain)) {
            assertThat(answer.first("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void aDispatchTheFirstGateDidNotSeeIsDecidedByTheGuard() throws Exception {
        int port = base.getPort();
        String target = "/legacy/admin-stats";
        String noneId = CallRecorder.newProbeId();
        String writerId = CallRecorder.newProbeId();
        String adminId = CallRecorder.newProbeId();
        RawHttp.Answer none = RawHttp.send(port, "GET", target, List.of(Map.entry(CallRecorder.PROBE_HEADER, noneId)));
        RawHttp.Answer writer = RawHttp.send(port, "GET", target, List.of(Map.entry(CallRecorder.PROBE_HEADER, writerId),
                Map.entry("Authorization", "Bearer " + KnownCredentials.WRITE_TOKEN)));
        RawHttp.Answer admin = RawHttp.send(port, "GET", target, List.of(Map.entry(CallRecorder.PROBE_HEADER, adminId),
                Map.entry("Authorization", "Bearer " + KnownCredentials.ADMIN_TOKEN)));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.all("WWW-Authenticate")).containsExactly(AuthMatrix.BEARER);
        assertThat(writer.status()).isEqualTo(403);
        assertThat(CallRecorder.calls(noneId)).isEmpty();
        assertThat(CallRecorder.calls(writerId)).isEmpty();
        assertThat(admin.status()).isEqualTo(200);
        assertThat(CallRecorder.calls(adminId)).containsExactly("getAdminStats");
    }

    private BypassSuites suites() {
        return new BypassSuites(base.getPort());
    }

    private HttpResponse<String> send(CallSpec call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(call.method(), HttpRequest.BodyPublishers.noBody());
        call.headers().forEach(header -> request.header(header.getKey(), header.getValue()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expectAnswer(AuthCase authCase, HttpResponse<String> response) throws IOException {
        Expected expected = authCase.expected();
        assertThat(response.statusCode()).as("status").isEqualTo(expected.status());
        assertThat(response.headers().allValues("WWW-Authenticate")).as("WWW-Authenticate challenges")
                .containsExactlyInAnyOrderElementsOf(expected.challenges());
        if (expected.status() == 200) {
            JsonNode body = json.readTree(response.body());
            assertThat(body.path("operation").asText()).isEqualTo(expected.operation());
            List<String> principals = new ArrayList<>();
            body.path("principals").forEach(principal -> principals.add(principal.asText()));
            assertThat(principals).isEqualTo(expected.principals());
        }
        if (expected.isProblem()) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(expected.status());
            assertThat(problem.path("title").asText()).isEqualTo(expected.title());
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        // The description documents neither unknown routes nor the 500 of a verifier that fails.
        if (authCase.situation() != Situation.UNKNOWN_ROUTE && authCase.situation() != Situation.VERIFIER_FAILS) {
            assertThat(validator.problems(authCase.call(), response)).as("validation against the augmented description")
                    .isEmpty();
        }
    }
}
