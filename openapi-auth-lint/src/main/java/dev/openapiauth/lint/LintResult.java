package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.load.LoadProblem;
import java.util.List;

/**
 * The findings of a run in stable order, their totals, and the entry documents that could not be
 * read at all (those are findings too, and make the run a tool error).
 */
public record LintResult(List<Finding> findings, Summary summary, List<LoadProblem> unreadable) {

    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
