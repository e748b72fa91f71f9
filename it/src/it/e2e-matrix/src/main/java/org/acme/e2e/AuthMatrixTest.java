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
 * Cache-Control and body, and validated against the augmented description; then a concurrent run.
 * A flavour's test extends this class and starts its server.
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
        Files.write(Path.of("target", "auth-matrix.tsv"), proven);
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
                    return status == authCase.expected().status() && status < 500 ? null : authCase + " got " + status;
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
        if (authCase.situation() != Situation.UNKNOWN_ROUTE) {
            assertThat(validator.problems(authCase.call(), response)).as("validation against the augmented description")
                    .isEmpty();
        }
    }
}
