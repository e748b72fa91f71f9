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
        return file(f.file()) + ":" + f.line() + ":" + f.column() + ": " + (withSeverity ? f.severity().label() + " " : "")
                + f.rule() + ": " + printable(f.message()) + (f.operation() == null ? "" : " [" + printable(f.operation().label()) + "]");
    }

    /** {@code file:line:column: fixed rule-id: message}: a baseline finding the change removed. */
    public static String fixed(BaselineEntry entry) {
        return file(entry.file()) + ":" + entry.line() + ":" + entry.column() + ": fixed " + entry.rule() + ": " + printable(entry.message());
    }

    /**
     * What a description wrote, made one line: line breaks and other control characters become
     * escapes ({@code \n}, {@code \u001b}), so a path or scheme name cannot start a forged finding,
     * summary or CI workflow command ({@code ::error}) on a line of its own.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A file name at the start of a line never reads as a workflow command ({@code ::warning::x.yaml}). */
    private static String file(String name) {
        String printable = printable(name);
        return printable.startsWith(":") ? "./" + printable : printable;
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
