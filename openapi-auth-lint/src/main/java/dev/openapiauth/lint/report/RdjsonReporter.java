package dev.openapiauth.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.finding.Suggestion;
import java.io.IOException;
import java.io.Writer;

/**
 * Reviewdog's diagnostic format ({@code reviewdog -f=rdjson}): one diagnostic per finding (new ones with
 * a baseline) with its rule as the code, at its line and column, and one diagnostic per suggested change,
 * on the line it replaces. Reviewdog posts a suggestion only on a diagnostic whose lines are the
 * suggestion's, and GitHub only as whole lines, so a change is a line-based range (no columns) whose
 * text replaces that line; a change that no finding of its own asks for (a shared component) is an info
 * diagnostic. Applying every suggestion gives what {@code fix} writes. Columns of findings
 * count UTF-8 bytes, as the format defines.
 */
final class RdjsonReporter implements Reporter {
    static final String FIX_CODE = "openapi-auth-fix";

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("source");
            json.writeStringField("name", ToolVersion.NAME);
            json.writeEndObject();
            json.writeArrayFieldStart("diagnostics");
            for (Finding finding : result.gatingFindings()) {
                json.writeStartObject();
                json.writeStringField("message", message(finding));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", finding.file());
                json.writeObjectFieldStart("range");
                position(json, "start", Math.max(1, finding.line()), Math.max(1, finding.column()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeStringField("severity", severity(finding.severity()));
                code(json, finding.rule());
                json.writeEndObject();
            }
            for (Suggestion suggestion : result.suggestions()) {
                writeSuggestion(json, suggestion);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeSuggestion(JsonGenerator json, Suggestion suggestion) throws IOException {
        Finding finding = suggestion.finding();
        json.writeStartObject();
        json.writeStringField("message", finding == null ? "Suggested fix, shared by the other suggestions: what they reference"
                : "Suggested fix: " + message(finding) + " (found at line " + finding.line() + ")");
        json.writeObjectFieldStart("location");
        json.writeStringField("path", suggestion.file());
        lines(json, suggestion);
        json.writeEndObject();
        json.writeStringField("severity", finding == null ? "INFO" : severity(finding.severity()));
        code(json, finding == null ? FIX_CODE : finding.rule());
        json.writeArrayFieldStart("suggestions");
        json.writeStartObject();
        lines(json, suggestion);
        json.writeStringField("text", suggestion.textWithoutLastLineEnding());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String message(Finding finding) {
        return finding.message() + (finding.operation() == null ? "" : " [" + finding.operation().label() + "]");
    }

    /** Whole lines: a range with lines and no columns, the only kind reviewdog turns into a GitHub suggestion. */
    private static void lines(JsonGenerator json, Suggestion suggestion) throws IOException {
        json.writeObjectFieldStart("range");
        json.writeObjectFieldStart("start");
        json.writeNumberField("line", suggestion.startLine());
        json.writeEndObject();
        json.writeObjectFieldStart("end");
        json.writeNumberField("line", suggestion.endLine());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void code(JsonGenerator json, String value) throws IOException {
        json.writeObjectFieldStart("code");
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private static void position(JsonGenerator json, String name, int line, int column) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("line", line);
        json.writeNumberField("column", column);
        json.writeEndObject();
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING";
            case INFO -> "INFO";
        };
    }
}
