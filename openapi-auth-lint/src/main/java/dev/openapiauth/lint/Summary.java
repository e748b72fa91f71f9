package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Severity;

/** Totals of a lint run, as the reporters print them. */
public record Summary(int files, int operations, int securedOperations, int errors, int warnings, int infos) {

    public int count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
