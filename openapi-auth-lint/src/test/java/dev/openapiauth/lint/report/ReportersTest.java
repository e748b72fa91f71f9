package dev.openapiauth.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.rules.Rules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = SharedFiles.example("petstore-auth.yaml");

    private static LintResult exampleResult() {
        return new Linter(LintOptions.DEFAULT).lint(List.of(EXAMPLE));
    }

    private static String render(ReportFormat format, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter().write(result, out);
        return out.toString();
    }

    @Test
    void textHasOneLinePerFindingThenASummary() throws IOException {
        List<String> lines = render(ReportFormat.TEXT, exampleResult()).lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("examples/petstore-auth.yaml:58:27: error undefined-scope: "
                + "scope 'pets:delete' is not declared by any flow of oauth2 scheme 'petstoreOAuth' [DELETE /pets/{petId}]"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 file, 7 operations (6 secured): 8 errors, 7 warnings, 1 info");
        assertThat(lines).hasSize(17);
    }

    @Test
    void jsonCarriesEveryFieldOfAFindingAndTheSummary() throws IOException {
        JsonNode report = JSON.readTree(render(ReportFormat.JSON, exampleResult()));
        JsonNode undefinedScope = findByRule(report, "undefined-scope");
        assertThat(undefinedScope.get("severity").asText()).isEqualTo("error");
        assertThat(undefinedScope.get("file").asText()).endsWith("examples/petstore-auth.yaml");
        assertThat(undefinedScope.get("line").asInt()).isEqualTo(58);
        assertThat(undefinedScope.get("column").asInt()).isEqualTo(27);
        assertThat(undefinedScope.get("pointer").asText()).isEqualTo("/paths/~1pets~1{petId}/delete/security/0/petstoreOAuth/0");
        assertThat(undefinedScope.get("operation").get("method").asText()).isEqualTo("DELETE");
        assertThat(undefinedScope.get("operation").get("path").asText()).isEqualTo("/pets/{petId}");
        assertThat(undefinedScope.get("operation").get("operationId").asText()).isEqualTo("deletePet");
        JsonNode summary = report.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(1);
        assertThat(summary.get("operations").asInt()).isEqualTo(7);
        assertThat(summary.get("securedOperations").asInt()).isEqualTo(6);
        assertThat(summary.get("errors").asInt()).isEqualTo(8);
        assertThat(summary.get("warnings").asInt()).isEqualTo(7);
        assertThat(summary.get("infos").asInt()).isEqualTo(1);
    }

    @Test
    void sarifIsValidAndCarriesTheCatalogueAndOperations() throws IOException {
        Path schemaFile = SharedFiles.sarifSchema();
        JsonNode sarif = JSON.readTree(render(ReportFormat.SARIF, exampleResult()));

        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(Files.readString(schemaFile)));
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();

        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(Rules.ALL.size());
        JsonNode result = run.get("results").get(0);
        JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
        JsonNode location = result.get("locations").get(0);
        assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asText())
                .startsWith("file:/").endsWith("examples/petstore-auth.yaml");
        assertThat(location.get("physicalLocation").get("artifactLocation").has("uriBaseId")).isFalse();
        assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText()).isEqualTo("GET /pets");
    }

    @Test
    void whatARunCouldNotCheckIsInSarifJsonAndMarkdownAndTheSarifStaysValid() throws IOException {
        LintResult base = exampleResult();
        Unchecked reason = new Unchecked("probe-undocumented-auth-error", "no OpenAPI validator was found");
        LintResult result = new LintResult(base.findings(), base.summary(), base.unreadable(), base.sources(), base.coverage(), null,
                List.of(), List.of(reason));

        JsonNode sarif = JSON.readTree(render(ReportFormat.SARIF, result));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(Files.readString(SharedFiles.sarifSchema())));
        assertThat(schema.validate(sarif)).isEmpty();
        JsonNode notification = sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.at("/descriptor/id").asText()).isEqualTo("probe-undocumented-auth-error");
        assertThat(notification.at("/message/text").asText()).isEqualTo("not checked: probe-undocumented-auth-error: no OpenAPI validator was found");
        assertThat(notification.get("level").asText()).isEqualTo("warning");
        assertThat(JSON.readTree(render(ReportFormat.SARIF, base)).at("/runs/0").has("invocations")).isFalse();

        assertThat(JSON.readTree(render(ReportFormat.JSON, result)).get("unchecked").get(0).asText())
                .isEqualTo("probe-undocumented-auth-error: no OpenAPI validator was found");
        assertThat(render(ReportFormat.MARKDOWN, result)).contains(":warning: Not checked: probe-undocumented-auth-error: no OpenAPI validator was found");
    }

    @Test
    void sarifNamesFilesBelowTheWorkingDirectoryRelativeToSrcRoot() throws IOException {
        Path fixture = Path.of("target/test-classes/rules/parse-error/refs.yaml");
        JsonNode sarif = JSON.readTree(render(ReportFormat.SARIF, new Linter(LintOptions.DEFAULT).lint(List.of(fixture))));
        JsonNode artifact = sarif.get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo("target/test-classes/rules/parse-error/refs.yaml");
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void leavesTheCallersWriterOpenSoStandardOutputSurvives() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter target = new StringWriter();
            try (java.io.BufferedWriter out = new java.io.BufferedWriter(target)) {
                format.reporter().write(exampleResult(), out);
                out.write("still open");
            }
            assertThat(target.toString()).as(format.name()).endsWith("still open");
        }
    }

    private static JsonNode findByRule(JsonNode report, String rule) {
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asText().equals(rule)) {
                return finding;
            }
        }
        throw new AssertionError("no finding of " + rule);
    }
}
