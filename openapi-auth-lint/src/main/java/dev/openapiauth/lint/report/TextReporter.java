package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.baseline.BaselineEntry;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/** One line per finding (with a baseline: per new finding, then per fixed one), {@code file:line:column: severity rule-id: message [METHOD /path]}, then a summary. */
final class TextReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.gatingFindings()) {
            out.write(TextLines.finding(finding, true));
            out.write(System.lineSeparator());
        }
        if (result.comparison() != null) {
            for (BaselineEntry fixed : result.comparison().fixed()) {
                out.write(TextLines.fixed(fixed));
                out.write(System.lineSeparator());
            }
        }
        out.write(TextLines.summary(result));
        out.write(System.lineSeparator());
        out.flush();
    }
}
