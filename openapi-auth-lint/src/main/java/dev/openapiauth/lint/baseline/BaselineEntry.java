package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.finding.Finding;

/** A finding of an earlier run, as one of our reports recorded it. */
public record BaselineEntry(String fingerprint, String rule, String severity, String message, String file, int line,
                            int column) {

    static BaselineEntry of(Finding finding) {
        return new BaselineEntry(finding.fingerprint(), finding.rule(), finding.severity().label(), finding.message(),
                finding.file(), finding.line(), finding.column());
    }
}
