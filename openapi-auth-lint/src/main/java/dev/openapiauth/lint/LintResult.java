package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.load.LoadProblem;
import java.net.URI;
import java.util.List;

/**
 * The findings of a run in stable order, their totals, the entry documents that could not be
 * read at all (those are findings too, and make the run a tool error), and every document read.
 *
 * @param sources the entry documents and every document their references reached
 */
public record LintResult(List<Finding> findings, Summary summary, List<LoadProblem> unreadable, List<URI> sources) {
}
