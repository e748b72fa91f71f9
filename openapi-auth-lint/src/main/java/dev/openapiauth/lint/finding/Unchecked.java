package dev.openapiauth.lint.finding;

/**
 * A check that could not judge everything it should have, and why: reported beside the findings, so that no
 * report reads as a pass of it.
 *
 * @param check the check's id ({@code probe-undocumented-auth-error})
 * @param why   in words that follow "not checked: {check}: "
 */
public record Unchecked(String check, String why) {

    /** {@code check: why}, as the console shows it after "not checked: ". */
    @Override
    public String toString() {
        return check + ": " + why;
    }
}
