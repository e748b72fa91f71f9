package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code openapi-auth probe} against a real server on 127.0.0.1 that forgot to protect one route. */
class ProbeCommandTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            security: [{bearer: []}]
            paths:
              /orders:
                get:
                  responses: {'200': {description: ok}}
              /refunds:
                get:
                  responses: {'200': {description: ok}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
            """;

    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> received = new ArrayList<>();

    @BeforeEach
    void startTheServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (received) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            }
            boolean open = exchange.getRequestURI().getRawPath().equals("/api/refunds");
            boolean known = open || exchange.getRequestURI().getRawPath().equals("/api/orders");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (known && !open) {
                exchange.getResponseHeaders().set("WWW-Authenticate",
                        authorization == null ? "Bearer realm=\"Shop\"" : "Bearer realm=\"Shop\", error=\"invalid_token\"");
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(open ? 200 : known ? 401 : 404, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopTheServer() {
        server.stop(0);
    }

    private String spec() throws IOException {
        return Files.writeString(dir.resolve("shop.yaml"), SPEC).toString();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    @Test
    void anUnprotectedRouteIsExit1WithOneLinePerFindingAndTheRunOnStderr() throws IOException {
        LintCommandTest.Run run = LintCommandTest.run("probe", "--base-url", baseUrl(), "--rate", "0", spec());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(line -> line.contains(": error probe-"))).extracting(line -> line.replaceAll(".*: error ", ""))
                .allMatch(line -> line.contains("GET /refunds"))
                .anyMatch(line -> line.startsWith("probe-unauthenticated-access: GET /refunds answered 200 without credentials"))
                .anyMatch(line -> line.startsWith("probe-invalid-credentials-accepted: GET /refunds answered 200"));
        assertThat(run.err()).startsWith("openapi-auth: probed 2 operations (0 not probed) with ");
        synchronized (received) {
            assertThat(received).allMatch(request -> request.contains("/api/")).contains("GET /api/orders;openapi-auth=1", "HEAD /api/orders");
        }
    }

    @Test
    void aServerThatIsNotThereIsExit2NamingIt() throws IOException {
        String spec = spec();
        String url = baseUrl();
        server.stop(0);
        LintCommandTest.Run run = LintCommandTest.run("probe", "--base-url", url, spec);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("openapi-auth: cannot probe GET /orders at " + url + ": ").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        String spec = spec();
        assertThat(LintCommandTest.run("probe", spec).err()).contains("--base-url is required");
        assertThat(LintCommandTest.run("probe", "--base-url", "ftp://host", spec).err()).contains("the base URL must be http://");
        assertThat(LintCommandTest.run("probe", "--base-url", baseUrl(), "--format", "sarif", spec).err())
                .contains("a probe writes text, json, github, checkstyle or markdown reports, not sarif");
        assertThat(LintCommandTest.run("probe", "--base-url", baseUrl(), "--max-requests", "lots", spec).exitCode()).isEqualTo(2);
    }
}
