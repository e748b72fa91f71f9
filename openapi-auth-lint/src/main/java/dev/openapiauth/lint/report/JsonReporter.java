package dev.openapiauth.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import java.io.IOException;
import java.io.Writer;

/** {@code {"findings":[…],"summary":{…}}}: the machine-readable report, also our baseline format. */
final class JsonReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            writeSummary(json, result.summary());
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
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

    private static void writeSummary(JsonGenerator json, Summary s) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", s.files());
        json.writeNumberField("operations", s.operations());
        json.writeNumberField("securedOperations", s.securedOperations());
        json.writeNumberField("errors", s.errors());
        json.writeNumberField("warnings", s.warnings());
        json.writeNumberField("infos", s.infos());
        json.writeEndObject();
    }
}
