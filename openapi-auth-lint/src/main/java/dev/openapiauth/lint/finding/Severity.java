package dev.openapiauth.lint.finding;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
    public static Severity parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a severity where a setting also takes one word of its own ({@code never}, {@code off}),
     * which the caller handles; a message about a bad value lists it with the others.
     */
    public static Severity parse(String text, String alsoAccepted) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + text + "' (expected "
                    + (alsoAccepted == null ? "error, warning or info" : "error, warning, info or " + alsoAccepted) + ")");
        }
    }
}
