package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.baseline.BaselineEntry;
import dev.openapiauth.lint.finding.Finding;

/** The one-line forms of a finding and of a summary that the text report and build logs share. */
public final class TextLines {
    private TextLines() {
    }

    /**
     * {@code file:line:column: severity rule-id: message [METHOD /path]}; without the severity for logs
     * that tag lines with their own ({@code [ERROR]}).
     */
    public static String finding(Finding f, boolean withSeverity) {
        return f.file() + ":" + f.line() + ":" + f.column() + ": " + (withSeverity ? f.severity().label() + " " : "")
                + f.rule() + ": " + f.message() + (f.operation() == null ? "" : " [" + f.operation().label() + "]");
    }

    /** {@code file:line:column: fixed rule-id: message}: a baseline finding the change removed. */
    public static String fixed(BaselineEntry entry) {
        return entry.file() + ":" + entry.line() + ":" + entry.column() + ": fixed " + entry.rule() + ": " + entry.message();
    }

    /** The summary; with a baseline, the severities count new findings, followed by the number fixed. */
    public static String summary(LintResult result) {
        if (result.comparison() == null) {
            return summary(result.summary());
        }
        return scope(result.summary()) + ": new " + counts(result.gatingSummary()) + "; "
                + result.comparison().fixed().size() + " fixed";
    }

    /** {@code 1 file, 7 operations (6 secured): 8 errors, 7 warnings, 1 info}. */
    public static String summary(Summary s) {
        return scope(s) + ": " + counts(s);
    }

    private static String scope(Summary s) {
        return plural(s.files(), "file") + ", " + plural(s.operations(), "operation") + " (" + s.securedOperations() + " secured)";
    }

    private static String counts(Summary s) {
        return plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", " + plural(s.infos(), "info");
    }

    /** {@code 1 error}, {@code 2 errors}; "info" is uncountable ({@code 3 info}). */
    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }
}
