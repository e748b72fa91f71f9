package dev.openapiauth.cli;

import dev.openapiauth.lint.finding.Severity;

/** The least severity that makes {@code lint} exit with 1; {@code never} always exits with 0 on findings. */
enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    Severity threshold() {
        return threshold;
    }
}
