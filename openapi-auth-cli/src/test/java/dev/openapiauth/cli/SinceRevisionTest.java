package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --since REV} in a real git repository: a two-file description is committed, then a
 * change fixes one operation (in the referenced file) and adds an unprotected one (in a file that
 * did not exist before).
 */
class SinceRevisionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            security: [{bearer: []}]
            paths:
              /orders:
                $ref: 'paths/orders.yaml'
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
              responses:
                Unauthorized:
                  description: no token
                  headers: {WWW-Authenticate: {schema: {type: string, example: Bearer realm="Shop"}}}
                  content: {application/problem+json: {schema: {type: object}}}
                Forbidden:
                  description: not allowed
                  content: {application/problem+json: {schema: {type: object}}}
            """;
    private static final String ORDERS_BEFORE = """
            get:
              operationId: listOrders
              responses:
                '200': {description: ok}
            """;
    private static final String ORDERS_AFTER = """
            get:
              operationId: listOrders
              responses:
                '200': {description: ok}
                '401': {$ref: '../api.yaml#/components/responses/Unauthorized'}
                '403': {$ref: '../api.yaml#/components/responses/Forbidden'}
            """;
    private static final String REFUNDS = """
            post:
              operationId: refund
              responses:
                '202': {description: accepted}
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void commitTheFirstVersion() throws Exception {
        git("init", "-q");
        write("api.yaml", ENTRY);
        write("paths/orders.yaml", ORDERS_BEFORE);
        git("add", "-A");
        git("commit", "-q", "-m", "first");
    }

    @Test
    void reportsExactlyTheNewFindingsAndTheFixedOnesAndFailsOnlyOnNewOnes() throws Exception {
        write("paths/orders.yaml", ORDERS_AFTER);
        write("paths/refunds.yaml", REFUNDS);
        write("api.yaml", ENTRY.replace("    $ref: 'paths/orders.yaml'\n",
                "    $ref: 'paths/orders.yaml'\n  /refunds:\n    $ref: 'paths/refunds.yaml'\n"));
        git("add", "-A");
        git("commit", "-q", "-m", "second");

        LintCommandTest.Run run = LintCommandTest.run("lint", spec(), "--since", "HEAD~1", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        assertThat(states(report.get("findings"))).containsExactly(
                "new secured-operation-without-401 POST /refunds", "new secured-operation-without-403 POST /refunds");
        List<String> fixed = new ArrayList<>();
        report.get("fixed").forEach(f -> fixed.add(f.get("rule").asText() + " " + f.get("file").asText().replaceAll(".*/", "")
                + ":" + f.get("line").asInt()));
        assertThat(fixed).containsExactly("secured-operation-without-401 orders.yaml:3", "secured-operation-without-403 orders.yaml:3");
        assertThat(report.at("/summary/new").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/fixed").asInt()).isEqualTo(2);
    }

    @Test
    void unchangedFindingsDoNotFailTheRun() throws Exception {
        LintCommandTest.Run all = LintCommandTest.run("lint", spec());
        LintCommandTest.Run since = LintCommandTest.run("lint", spec(), "--since", "HEAD");

        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(since.exitCode()).isZero();
        assertThat(since.out()).isEqualTo("2 files, 1 operation (1 secured): new 0 errors, 0 warnings, 0 info; 0 fixed\n");
    }

    @Test
    void aDescriptionThatDidNotExistAtTheRevisionHasOnlyNewFindings() throws Exception {
        write("other.yaml", ENTRY);
        LintCommandTest.Run run = LintCommandTest.run("lint", repo.resolve("other.yaml").toString(), "--since", "HEAD",
                "--format", "json");
        assertThat(states(JSON.readTree(run.out()).get("findings")))
                .containsExactly("new secured-operation-without-401 GET /orders", "new secured-operation-without-403 GET /orders");
    }

    @Test
    void anUnknownRevisionIsAToolError() throws IOException {
        LintCommandTest.Run run = LintCommandTest.run("lint", spec(), "--since", "no-such-branch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("openapi-auth: cannot compare with revision 'no-such-branch': the repository at "
                + repo.toRealPath() + " has no such revision\n");
    }

    @Test
    void aDescriptionOutsideAnyRepositoryIsSaidSo(@TempDir Path elsewhere) throws IOException {
        Path spec = Files.writeString(elsewhere.resolve("api.yaml"), ENTRY);
        LintCommandTest.Run run = LintCommandTest.run("lint", spec.toString(), "--since", "HEAD");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("openapi-auth: cannot compare with revision 'HEAD': " + spec + " is not in a git repository\n");
    }

    @Test
    void aMachineWithoutGitIsSaidSo() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenApiAuthCommand.class.getName(), "lint", spec(), "--since", "HEAD")
                .redirectErrorStream(true).directory(repo.toFile());
        builder.environment().put("PATH", repo.resolve("no-git-here").toString());
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(2);
        assertThat(output).isEqualTo("openapi-auth: comparing with a git revision needs git, which is not installed here"
                + " (no git command on the PATH)\n");
    }

    private String spec() {
        return repo.resolve("api.yaml").toString();
    }

    private static List<String> states(JsonNode findings) {
        List<String> states = new ArrayList<>();
        findings.forEach(f -> states.add(f.get("baselineState").asText() + " " + f.get("rule").asText() + " "
                + f.at("/operation/method").asText() + " " + f.at("/operation/path").asText()));
        return states;
    }

    private void write(String name, String content) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
