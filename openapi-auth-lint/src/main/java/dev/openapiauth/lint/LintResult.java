package dev.openapiauth.lint;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.lint.baseline.Baseline;
import dev.openapiauth.lint.baseline.Comparison;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Suggestion;
import dev.openapiauth.lint.finding.Unchecked;
import java.net.URI;
import java.util.List;

/**
 * The findings of a run in stable order, their totals, the entry documents that could not be
 * read at all (those are findings too, and make the run a tool error), and every document read.
 *
 * @param sources    the entry documents and every document their references reached
 * @param coverage   every operation, in entry-document order
 * @param comparison against a baseline; null when the run has none
 * @param suggestions the changes that fix findings, where a report carries them; empty otherwise
 * @param unchecked  checks that could not judge everything (a probe without its validator); a lint has none,
 *                   as what it cannot read is a finding
 */
public record LintResult(List<Finding> findings, Summary summary, List<LoadProblem> unreadable, List<URI> sources,
                         List<OperationCoverage> coverage, Comparison comparison, List<Suggestion> suggestions,
                         List<Unchecked> unchecked) {

    public LintResult comparedWith(Baseline baseline) {
        return new LintResult(findings, summary, unreadable, sources, coverage, baseline.compare(findings), suggestions, unchecked);
    }

    public LintResult withSuggestions(List<Suggestion> fixes) {
        return new LintResult(findings, summary, unreadable, sources, coverage, comparison, List.copyOf(fixes), unchecked);
    }

    /** The findings that decide whether the run fails: all of them, or with a baseline only the new ones. */
    public List<Finding> gatingFindings() {
        return comparison == null ? findings : comparison.newFindings(findings);
    }

    /** The totals of {@link #gatingFindings()}. */
    public Summary gatingSummary() {
        return comparison == null ? summary : summary.countingOnly(gatingFindings());
    }
}
