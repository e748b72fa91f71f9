package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.openapiauth.probe.Answers;
import dev.openapiauth.probe.ProbeCheck;
import dev.openapiauth.probe.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
    private final List<String> received = new ArrayList<>();
    @RegisterExtension
    final TestServer server = new TestServer(exchange -> {
        synchronized (received) {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
        }
        String path = exchange.getRequestURI().getRawPath();
        String challenge = Answers.bearerChallenge(exchange.getRequestHeaders().getFirst("Authorization"));
        switch (path) {
            case "/api/refunds" -> Answers.send(exchange, 200, "application/problem+json", "{}", null);
            case "/api/orders" -> Answers.send(exchange, 401, "application/problem+json", "{}", challenge);
            default -> Answers.send(exchange, 404, "application/problem+json", "{}", null);
        }
    });

    private String spec() throws IOException {
        return Files.writeString(dir.resolve("shop.yaml"), SPEC).toString();
    }

    private String baseUrl() {
        return server.baseUrl() + "/api";
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
    void sarifNamesTheProbesChecksJunitHasOneCasePerOperationAndCheckAndHtmlShowsTheMatrix() throws Exception {
        Path sarif = dir.resolve("probe.sarif");
        Path junit = dir.resolve("probe-junit.xml");
        Path matrix = dir.resolve("probe.html");
        LintCommandTest.Run run = LintCommandTest.run("probe", "--base-url", baseUrl(), "--rate", "0", "--format", "sarif=" + sarif,
                "--format", "html=" + matrix, "--junit", junit.toString(), spec());
        assertThat(run.exitCode()).isEqualTo(1);

        JsonNode report = new ObjectMapper().readTree(sarif.toFile());
        JsonNode rules = report.at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).isEqualTo(ProbeCheck.values().length).isEqualTo(13);
        for (JsonNode result : report.at("/runs/0/results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText())
                    .startsWith("probe-");
        }

        Document tests = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = tests.getDocumentElement();
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(10);
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(suite.getElementsByTagName("failure").getLength()));
        String html = Files.readString(matrix);
        assertThat(html).contains("<table class=\"matrix\" id=\"matrix\">")
                .containsPattern("<tr data-operation=\"GET /refunds\">.*<td class=\"no\" title=\"GET /refunds answered 200 without credentials");
        assertThat(html.substring(html.indexOf("<tr data-operation=\"GET /orders\">"), html.indexOf("</tr>", html.indexOf("GET /orders\">"))))
                .contains("<td class=\"yes\">pass</td>").doesNotContain("fail");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getElementsByTagName("failure").getLength() > 0) {
                failed.add(testCase.getAttribute("classname") + " " + testCase.getAttribute("name"));
            }
        }
        assertThat(failed).containsExactlyInAnyOrder("GET /refunds probe-unauthenticated-access",
                "GET /refunds probe-invalid-credentials-accepted");
    }

    @Test
    void aDescriptionWhoseServersPointElsewhereIsRebasedOnTheBaseUrl() throws IOException {
        Path vendor = Files.writeString(dir.resolve("vendor.yaml"), SPEC.replace("paths:", "servers: [{url: 'https://api.example.com/api'}]\npaths:"));
        String local = server.baseUrl().toString();
        LintCommandTest.Run run = LintCommandTest.run("probe", "--base-url", local, "--server-path", "auto", "--rate", "0", vendor.toString());
        assertThat(run.out()).contains("probe-unauthenticated-access: GET /refunds answered 200");
        synchronized (received) {
            assertThat(received).allMatch(request -> request.contains(" /api/"));
        }
        assertThat(LintCommandTest.run("probe", "--base-url", local, "--server-path", "v2?x", vendor.toString()).err())
                .contains("the server path starts with /");
    }

    @Test
    void aServerThatIsNotThereIsExit2NamingIt() throws IOException {
        String spec = spec();
        String url = baseUrl();
        server.stop();
        LintCommandTest.Run run = LintCommandTest.run("probe", "--base-url", url, spec);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("openapi-auth: cannot probe GET /orders at " + url + ": ").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        String spec = spec();
        assertThat(LintCommandTest.run("probe", spec).err()).contains("--base-url is required");
        assertThat(LintCommandTest.run("probe", "--base-url", "ftp://host", spec).err()).contains("the base URL must be http://");
        assertThat(LintCommandTest.run("probe", "--base-url", baseUrl(), "--max-requests", "lots", spec).exitCode()).isEqualTo(2);
    }
}
