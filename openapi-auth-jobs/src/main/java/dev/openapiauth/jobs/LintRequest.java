package dev.openapiauth.jobs;

import dev.openapiauth.lint.LintOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a lint step is asked to do; a request that cannot be carried out is refused when it is made.
 *
 * @param specs     entry documents, in the order users see them
 * @param baseline  an earlier JSON or SARIF report to compare with, or null
 * @param sinceRef  a git revision to compare with, or null
 * @param stateFile where the up-to-date state of the last run is kept; null to lint on every run
 */
public record LintRequest(List<Path> specs, LintOptions options, FailurePolicy policy, List<ReportTarget> reports,
                          Path baseline, String sinceRef, Path stateFile) {

    public LintRequest {
        specs = List.copyOf(specs);
        reports = List.copyOf(reports);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no OpenAPI description to lint");
        }
        if (baseline != null && sinceRef != null) {
            throw new InvalidRequestException("%s and %s exclude each other", RequestParameter.BASELINE, RequestParameter.SINCE);
        }
        ReportTarget.requireOneOnConsole(reports);
    }

    boolean compares() {
        return baseline != null || sinceRef != null;
    }
}
