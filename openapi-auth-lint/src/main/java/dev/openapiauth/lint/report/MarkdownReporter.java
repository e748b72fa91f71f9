package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.baseline.BaselineEntry;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.finding.Unchecked;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A pull-request comment: totals per severity (new and fixed with a baseline), then a table of the
 * findings (new ones with a baseline) with {@code file:line} links, rows beyond 50 collapsed.
 * Inside GitHub Actions the links point at the commit being checked
 * ({@code GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/GITHUB_SHA/file#Lline}); elsewhere they are relative.
 */
final class MarkdownReporter implements Reporter {
    static final int VISIBLE_ROWS = 50;

    private final SourceLinks links;

    MarkdownReporter(Map<String, String> environment) {
        this.links = new SourceLinks(environment);
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        boolean baseline = result.comparison() != null;
        List<Finding> shown = result.gatingFindings();
        out.write("### openapi-auth\n\n");
        Summary s = result.summary();
        out.write(TextLines.plural(s.files(), "file") + ", " + TextLines.plural(s.operations(), "operation") + " ("
                + s.securedOperations() + " secured).\n\n");
        writeTotals(result, out);
        if (shown.isEmpty()) {
            out.write(baseline ? "No new finding.\n" : "No finding.\n");
        } else {
            out.write("\n| | rule | where | operation | message |\n|---|---|---|---|---|\n");
            for (int i = 0; i < shown.size(); i++) {
                if (i == VISIBLE_ROWS) {
                    out.write("\n<details><summary>" + (shown.size() - VISIBLE_ROWS) + " more</summary>\n\n"
                            + "| | rule | where | operation | message |\n|---|---|---|---|---|\n");
                }
                Finding f = shown.get(i);
                out.write("| " + icon(f.severity()) + " | `" + f.rule() + "` | " + link(f.file(), f.line()) + " | "
                        + (f.operation() == null ? "" : cell(f.operation().label())) + " | " + cell(f.message()) + " |\n");
            }
            if (shown.size() > VISIBLE_ROWS) {
                out.write("\n</details>\n");
            }
        }
        for (Unchecked check : result.unchecked()) {
            out.write("\n:warning: Not checked: " + cell(check.toString()) + "\n");
        }
        if (baseline && !result.comparison().fixed().isEmpty()) {
            out.write("\n<details><summary>Fixed by this change (" + result.comparison().fixed().size() + ")</summary>\n\n"
                    + "| rule | was at | message |\n|---|---|---|\n");
            for (BaselineEntry fixed : result.comparison().fixed()) {
                out.write("| `" + fixed.rule() + "` | " + cell(fixed.file() + ":" + fixed.line()) + " | " + cell(fixed.message()) + " |\n");
            }
            out.write("\n</details>\n");
        }
        out.flush();
    }

    private static void writeTotals(LintResult result, Writer out) throws IOException {
        Summary all = result.summary();
        if (result.comparison() == null) {
            out.write("| severity | findings |\n|---|---:|\n");
            for (Severity severity : Severity.values()) {
                out.write("| " + icon(severity) + " " + severity.label() + " | " + all.count(severity) + " |\n");
            }
            return;
        }
        Summary added = result.gatingSummary();
        out.write("| severity | new | all |\n|---|---:|---:|\n");
        for (Severity severity : Severity.values()) {
            out.write("| " + icon(severity) + " " + severity.label() + " | " + added.count(severity) + " | " + all.count(severity) + " |\n");
        }
        out.write("| fixed | " + result.comparison().fixed().size() + " | |\n");
    }

    private String link(String file, int line) {
        String text = cell(file + ":" + line);
        String target = links.relative(file, line);
        return target == null ? text : "[" + text + "](" + target + ")";
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> "🔴";
            case WARNING -> "🟡";
            case INFO -> "🔵";
        };
    }

    /**
     * Table cells cannot hold pipes or line breaks, and must not open HTML, links or images, nor
     * mention people or teams in a pull-request comment ({@code @org/team}).
     */
    private static String cell(String text) {
        return TextLines.printable(text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("[", "\\[")
                .replace("]", "\\]").replace("@", "&#64;").replace("`", "\\`"));
    }
}
