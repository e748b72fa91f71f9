package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String EXAMPLE = Path.of("../examples/petstore-auth.yaml").toString();
    private static final String CLEAN = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            security:
              - bearer: []
            paths:
              /things:
                get:
                  responses:
                    '401':
                      description: no
                      headers:
                        WWW-Authenticate:
                          schema: {type: string, example: Bearer realm="t"}
                      content:
                        application/problem+json:
                          schema: {type: object}
                    '403':
                      description: no
                      content:
                        application/problem+json:
                          schema: {type: object}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
            """;

    @TempDir
    Path dir;

    /** What one run of the command line did. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpenApiAuthCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void exitsWith1AndPrintsFindingsWhenErrorsAreFound() {
        Run run = run("lint", EXAMPLE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("petstore-auth.yaml:58:27: error undefined-scope: scope 'pets:delete'");
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("1 file, 7 operations (6 secured): 8 errors, 7 warnings, 1 info");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsWith0OnACleanSpec() throws IOException {
        Run run = run("lint", write("clean.yaml", CLEAN).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 file, 1 operation (1 secured): 0 errors, 0 warnings, 0 info" + System.lineSeparator());
    }

    @Test
    void failOnDecidesWhichSeverityFailsTheRun() {
        assertThat(run("lint", "--fail-on", "never", EXAMPLE).exitCode()).isZero();
        assertThat(run("lint", "--ignore", "secured-operation-without-401,unauthorized-without-www-authenticate",
                "--ignore", "secured-operation-without-403", "--ignore", "undefined-scope",
                "--ignore", "undefined-security-scheme", EXAMPLE).exitCode()).isZero();
        assertThat(run("lint", "--fail-on", "info", "--ignore", "secured-operation-without-401,unauthorized-without-www-authenticate",
                "--ignore", "secured-operation-without-403", "--ignore", "undefined-scope",
                "--ignore", "undefined-security-scheme", EXAMPLE).exitCode()).isEqualTo(1);
    }

    @Test
    void severityOverridesRelabelAndOffIgnores() {
        Run run = run("lint", "--severity", "undefined-scope=info", "--severity", "public-operation-with-401=off", EXAMPLE);
        assertThat(run.out()).contains("info undefined-scope:").doesNotContain("public-operation-with-401");
    }

    @Test
    void acceptRangesLetsA4xxResponseCoverTheStatus() {
        assertThat(run("lint", EXAMPLE).out()).contains("only through the '4XX' response");
        assertThat(run("lint", "--accept-ranges", EXAMPLE).out()).doesNotContain("only through the '4XX' response");
    }

    @Test
    void writesTheChosenFormatToTheOutputFile() throws IOException {
        Path report = dir.resolve("reports/lint.sarif");
        Run run = run("lint", "--format", "sarif", "--output", report.toString(), EXAMPLE);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"undefined-scope\"");
        assertThat(run("lint", "--format", "json", EXAMPLE).out()).startsWith("{").contains("\"securedOperations\" : 6");
    }

    @Test
    void includeWebhooksLintsWebhookOperations() throws IOException {
        Path spec = write("hooks.yaml", """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                security:
                  - bearer: []
                webhooks:
                  orderPlaced:
                    post:
                      responses:
                        '200': {description: ok}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);
        assertThat(run("lint", spec.toString()).out()).contains("0 operations");
        assertThat(run("lint", "--include-webhooks", spec.toString()).out())
                .contains("error secured-operation-without-401: secured operation does not document a 401 response [POST webhook:orderPlaced]");
    }

    @Test
    void anOverlayDeclaresTheSecurityADescriptionLacksAndFindingsInItNameIt() throws IOException {
        Path vendor = write("vendor.yaml", """
                openapi: 3.0.3
                info: {title: Vendor, version: '1'}
                paths:
                  /orders:
                    get:
                      responses: {'200': {description: ok}}
                """);
        Path overlay = write("security.overlay.yaml", """
                overlay: 1.0.0
                info: {title: Our security, version: '1'}
                actions:
                  - target: $
                    update:
                      security: [{oauth: [orders:read]}]
                      components:
                        securitySchemes:
                          oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {}}}}
                """);
        assertThat(run("lint", vendor.toString()).out()).contains("0 secured");

        Run run = run("lint", "--overlay", overlay.toString(), vendor.toString());
        assertThat(run.out()).contains(vendor + ":6:7: error secured-operation-without-401")
                .contains(overlay + ":6:27: error undefined-scope: scope 'orders:read' is not declared");
        assertThat(run("lint", "--overlay", write("empty.yaml", "overlay: 1.0.0\n").toString(), vendor.toString()).err())
                .contains("empty.yaml:1:1: an Overlay needs a non-empty 'actions' list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void anUnreadableDocumentIsExit2WithOneLineNamingFileAndLine(String format) throws IOException {
        Path bad = write("bad.yaml", "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\n");
        Run run = run("lint", "--format", format, bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("openapi-auth: cannot read ").contains("bad.yaml:4:").contains("malformed YAML"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void ignoringOrDowngradingParseErrorsNeverMakesAnUnreadDocumentPass() throws IOException {
        Path bad = write("bad.yaml", "openapi: [\n");
        Run ignored = run("lint", "--ignore", "parse-error", bad.toString());
        Run downgraded = run("lint", "--severity", "parse-error=warning", "--format", "json", bad.toString());

        assertThat(ignored.exitCode()).isEqualTo(2);
        assertThat(ignored.err()).contains("openapi-auth: cannot read ");
        assertThat(downgraded.exitCode()).isEqualTo(2);
        assertThat(downgraded.out()).contains("\"severity\" : \"warning\"").contains("parse-error");
    }

    @Test
    void aMissingFileIsExit2WithoutAStackTrace() {
        Run run = run("lint", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("nope.yaml:1:1: error parse-error: cannot read file: no such file");
        assertThat(run.out() + run.err()).doesNotContain("Exception");
    }

    @Test
    void usageErrorsAreExit2() {
        assertThat(run("lint").exitCode()).isEqualTo(2);
        assertThat(run("lint", "--format", "xml", EXAMPLE).err()).contains("unknown format 'xml'");
        assertThat(run("lint", "--ignore", "no-such-rule", EXAMPLE).err()).contains("unknown rule 'no-such-rule'");
        Run failOn = run("lint", "--fail-on", "sometimes", EXAMPLE);
        assertThat(failOn.exitCode()).isEqualTo(2);
        assertThat(failOn.err()).contains("unknown severity 'sometimes' (expected error, warning, info or never)");
        assertThat(run("lint", "--severity", "undefined-scope=loud", EXAMPLE).err())
                .contains("unknown severity 'loud' (expected error, warning, info or off)");
        assertThat(run().exitCode()).isEqualTo(2);
    }

    @Test
    void optionsThatExcludeEachOtherAreAUsageErrorInTheCommandLinesWords() {
        Run both = run("lint", "--baseline", "old.json", "--since", "main", EXAMPLE);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).startsWith("openapi-auth: --baseline and --since exclude each other");
        Run twoToStandardOutput = run("lint", "--format", "text", "--format", "json", EXAMPLE);
        assertThat(twoToStandardOutput.exitCode()).isEqualTo(2);
        assertThat(twoToStandardOutput.err()).startsWith("openapi-auth: only one --format can go to standard output");
        assertThat(twoToStandardOutput.out()).isEmpty();
    }

    @Test
    void helpListsEveryOption() {
        Run run = run("lint", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format", "--output", "--fail-on", "--ignore", "--severity", "--accept-ranges",
                "--include-webhooks", "--allow-remote-ref", "--root", "Exit codes");
    }

    @Test
    void rulesListsTheCatalogueWithSeverities() {
        Run run = run("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(line -> !line.isBlank() && !line.startsWith(" "))).hasSize(15);
        assertThat(run.out()).contains("secured-operation-without-401").contains("warning when authentication is optional")
                .contains("forbidden-for-rate-limit").contains("mutual-tls-with-401");
    }
}
