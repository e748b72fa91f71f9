package dev.openapiauth.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.baseline.BaselineEntry;
import dev.openapiauth.lint.baseline.BaselineState;
import dev.openapiauth.lint.baseline.Comparison;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import dev.openapiauth.lint.finding.Unchecked;
import java.io.IOException;
import java.io.Writer;

/** {@code {"findings":[…],"summary":{…}}}: the machine-readable report, also our baseline format. */
final class JsonReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            Comparison comparison = result.comparison();
            for (int i = 0; i < result.findings().size(); i++) {
                writeFinding(json, result.findings().get(i), comparison == null ? null : comparison.states().get(i));
            }
            json.writeEndArray();
            if (comparison != null) {
                json.writeArrayFieldStart("fixed");
                for (BaselineEntry entry : comparison.fixed()) {
                    writeFixed(json, entry);
                }
                json.writeEndArray();
            }
            if (!result.unchecked().isEmpty()) {
                json.writeArrayFieldStart("unchecked");
                for (Unchecked check : result.unchecked()) {
                    json.writeString(check.toString());
                }
                json.writeEndArray();
            }
            writeSummary(json, result);
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeFinding(JsonGenerator json, Finding f, BaselineState state) throws IOException {
        json.writeStartObject();
        json.writeStringField("fingerprint", f.fingerprint());
        if (state != null) {
            json.writeStringField("baselineState", state.label());
        }
        json.writeStringField("rule", f.rule());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("message", f.message());
        json.writeStringField("file", f.file());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeStringField("pointer", f.pointer());
        OperationRef operation = f.operation();
        if (operation == null) {
            json.writeNullField("operation");
        } else {
            json.writeObjectFieldStart("operation");
            json.writeStringField("method", operation.method());
            json.writeStringField("path", operation.path());
            json.writeStringField("operationId", operation.operationId());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeFixed(JsonGenerator json, BaselineEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("fingerprint", entry.fingerprint());
        json.writeStringField("rule", entry.rule());
        json.writeStringField("severity", entry.severity());
        json.writeStringField("message", entry.message());
        json.writeStringField("file", entry.file());
        json.writeNumberField("line", entry.line());
        json.writeNumberField("column", entry.column());
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, LintResult result) throws IOException {
        Summary s = result.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", s.files());
        json.writeNumberField("operations", s.operations());
        json.writeNumberField("securedOperations", s.securedOperations());
        json.writeNumberField("errors", s.errors());
        json.writeNumberField("warnings", s.warnings());
        json.writeNumberField("infos", s.infos());
        if (result.comparison() != null) {
            json.writeNumberField("new", result.gatingFindings().size());
            json.writeNumberField("fixed", result.comparison().fixed().size());
        }
        json.writeEndObject();
    }
}
