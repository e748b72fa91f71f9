package dev.openapiauth.lint.baseline;

import java.util.Locale;

/** SARIF's {@code baselineState}: how a finding relates to the baseline. */
public enum BaselineState {
    NEW, UNCHANGED, UPDATED, ABSENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
