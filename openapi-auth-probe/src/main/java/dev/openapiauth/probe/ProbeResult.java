package dev.openapiauth.probe;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Unchecked;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a probe found.
 *
 * @param findings    in stable order (file, line, rule)
 * @param operations  every operation probed, with the checks it was put to
 * @param skipped     operations not probed, each with why (public, optional authentication, a webhook)
 * @param requests    requests sent
 * @param error       why the probe stopped before it checked everything, or null: a run with an error
 *                    is never taken as passing
 * @param coverage    every operation of the description with what it documents, for the matrix
 * @param unchecked   checks that could not run, or not on every answer, each with why (no validator found, one that failed)
 */
public record ProbeResult(List<Finding> findings, List<ProbedOperation> operations, List<String> skipped, int requests,
                          Duration elapsed, String error, List<OperationCoverage> coverage, List<Unchecked> unchecked) {

    /** One operation and the checks it was put to; a check without a finding passed. */
    public record ProbedOperation(String label, Set<ProbeCheck> checks) {
    }

    public ProbeResult {
        findings = List.copyOf(findings);
        operations = List.copyOf(operations);
        skipped = List.copyOf(skipped);
        coverage = List.copyOf(coverage);
        unchecked = List.copyOf(unchecked);
    }

    /** Requests per second over the whole run. */
    public double throughput() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : requests / seconds;
    }
}
