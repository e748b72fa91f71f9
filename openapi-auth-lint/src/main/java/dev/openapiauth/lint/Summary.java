package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import java.util.List;

/** Totals of a lint run, as the reporters print them. */
public record Summary(int files, int operations, int securedOperations, int errors, int warnings, int infos) {

    /** These totals of files and operations with the severities counted in {@code findings}. */
    public Summary countingOnly(List<Finding> findings) {
        return new Summary(files, operations, securedOperations, count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO));
    }

    static int count(List<Finding> findings, Severity severity) {
        int count = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
