package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/** One line per finding, {@code file:line:column: severity rule-id: message [METHOD /path]}, then a summary. */
final class TextReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding finding : result.findings()) {
            out.write(line(finding));
            out.write(System.lineSeparator());
        }
        out.write(summary(result.summary()));
        out.write(System.lineSeparator());
        out.flush();
    }

    static String line(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + " " + f.rule() + ": "
                + f.message() + (f.operation() == null ? "" : " [" + f.operation().label() + "]");
    }

    static String summary(Summary s) {
        return plural(s.files(), "file") + ", " + plural(s.operations(), "operation") + " (" + s.securedOperations()
                + " secured): " + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }
}
