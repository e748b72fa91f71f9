package dev.openapiauth.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only what a version of OpenAPI means is read as meaning; a shape it does not allow is a located parse error. */
class WrittenShapesTest {
    private static final String V30 = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
    private static final String SCHEMES = "components:\n  securitySchemes:\n    b: {type: http, scheme: bearer}\n";

    @TempDir
    Path dir;

    @Test
    void securityThatIsNotAListOfRequirementObjectsIsAParseErrorNotPublic() throws IOException {
        assertThat(parseErrors(V30 + "security: {b: []}\npaths: {}\n" + SCHEMES))
                .containsExactly("3:1 security must be a list of security requirement objects");
        assertThat(parseErrors(V30 + "paths:\n  /x:\n    get:\n      security: [b]\n      responses: {'200': {description: ok}}\n" + SCHEMES))
                .containsExactly("6:18 a security requirement must be an object of scheme names to scope lists");
        assertThat(parseErrors(V30 + "security: [{b: [[x]]}]\npaths: {}\n" + SCHEMES))
                .containsExactly("3:17 a scope of 'b' must be a string");
        assertThat(parseErrors(V30 + "security: [{b: x}]\npaths: {}\n" + SCHEMES))
                .containsExactly("3:13 the scopes of 'b' must be a list of strings");
    }

    @Test
    void anOperationBesideAPathItemRefIsLintedToo() throws IOException {
        write("item.yaml", "get:\n  responses: {'200': {description: ok}}\n");
        LintResult result = lint(V30 + "security: [{b: []}]\npaths:\n  /x:\n    $ref: item.yaml\n    post:\n"
                + "      responses: {'200': {description: ok}}\n" + SCHEMES, LintOptions.DEFAULT);

        assertThat(result.findings()).filteredOn(f -> f.rule().equals("secured-operation-without-401"))
                .extracting(f -> f.operation().label()).containsExactlyInAnyOrder("GET /x", "POST /x");
        LintResult both = lint(V30 + "paths:\n  /x:\n    $ref: item.yaml\n    get:\n      responses: {'200': {description: ok}}\n",
                LintOptions.DEFAULT);
        assertThat(messages(both, "parse-error")).containsExactly(
                "6:5 operation 'get' is defined both beside the path item's $ref and in its target; define it once");
    }

    @Test
    void swagger2HasNoRangesAndOpenApiWritesThemUpperCase() throws IOException {
        LintOptions ranges = new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, true, Set.of(), Map.of());
        String swagger = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nsecurity: [{k: []}]\npaths:\n  /x:\n    get:\n"
                + "      responses: {'200': {description: ok}, '4XX': {description: any}}\n"
                + "securityDefinitions:\n  k: {type: apiKey, in: header, name: X-Key}\n";
        String lowerCase = V30 + "security: [{b: []}]\npaths:\n  /x:\n    get:\n"
                + "      responses: {'200': {description: ok}, '4xx': {description: any}}\n" + SCHEMES;
        String upperCase = lowerCase.replace("'4xx'", "'4XX'");

        assertThat(messages(lint(swagger, ranges), "secured-operation-without-401")).hasSize(1);
        assertThat(messages(lint(lowerCase, ranges), "secured-operation-without-401")).hasSize(1);
        assertThat(messages(lint(upperCase, ranges), "secured-operation-without-401")).isEmpty();
    }

    @Test
    void webhooksAreAFieldOfOpenApi31Only() throws IOException {
        String webhooks = "security: [{b: []}]\npaths: {}\nwebhooks:\n  ping:\n    post:\n      responses: {'200': {description: ok}}\n"
                + SCHEMES;
        LintOptions withWebhooks = new LintOptions(LoadOptions.DEFAULT, new ModelOptions(true), false, Set.of(), Map.of());

        assertThat(lint(V30 + webhooks, withWebhooks).summary().operations()).isZero();
        assertThat(lint(V30.replace("3.0.3", "3.1.0") + webhooks, withWebhooks).summary().operations()).isEqualTo(1);
    }

    @Test
    void aChallengeHeaderDescribedWithContentIsReadToo() throws IOException {
        String spec = V30 + "security: [{b: []}]\npaths:\n  /x:\n    get:\n      responses:\n        '401':\n"
                + "          description: no\n          headers:\n            WWW-Authenticate:\n              content:\n"
                + "                text/plain:\n                  schema: {type: string}\n"
                + "                  example: Basic realm=\"x\"\n        '403': {description: no}\n" + SCHEMES;
        assertThat(messages(lint(spec, LintOptions.DEFAULT), "challenge-scheme-mismatch")).hasSize(1);
    }

    private List<String> parseErrors(String spec) throws IOException {
        return messages(lint(spec, LintOptions.DEFAULT), "parse-error");
    }

    private static List<String> messages(LintResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).map(WrittenShapesTest::located).toList();
    }

    private static String located(Finding f) {
        return f.line() + ":" + f.column() + " " + f.message();
    }

    private LintResult lint(String spec, LintOptions options) throws IOException {
        return new Linter(options).lint(List.of(write("api.yaml", spec)));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
