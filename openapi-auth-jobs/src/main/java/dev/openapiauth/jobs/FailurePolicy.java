package dev.openapiauth.jobs;

import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.report.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * When a run fails: more findings at or above {@code threshold} than {@code maxAllowedViolations}.
 *
 * @param threshold null for "never"
 */
public record FailurePolicy(Severity threshold, int maxAllowedViolations) {

    public FailurePolicy {
        if (maxAllowedViolations < 0) {
            throw new IllegalArgumentException("maxAllowedViolations must not be negative: " + maxAllowedViolations);
        }
    }

    /** Parses {@code error}, {@code warning}, {@code info} or {@code never}. */
    public static FailurePolicy of(String failOn, int maxAllowedViolations) {
        String level = failOn.trim();
        return new FailurePolicy(level.equalsIgnoreCase("never") ? null : Severity.parse(level, "never"), maxAllowedViolations);
    }

    /** Null when the summary passes, else a sentence saying what failed it, counted per severity. */
    public String failure(Summary summary) {
        if (threshold == null) {
            return null;
        }
        int violations = 0;
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            if (severity.isAtLeast(threshold)) {
                int count = summary.count(severity);
                violations += count;
                if (count > 0) {
                    counts.add(TextLines.plural(count, severity.label()));
                }
            }
        }
        if (violations <= maxAllowedViolations) {
            return null;
        }
        return "openapi-auth found " + String.join(", ", counts) + " (at or above " + threshold.label() + "; "
                + maxAllowedViolations + " allowed)";
    }
}
