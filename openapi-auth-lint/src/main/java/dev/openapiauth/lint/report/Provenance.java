package dev.openapiauth.lint.report;

import java.time.Instant;

/**
 * When a report was made and from which commit, so that a report read later says what it is about.
 *
 * @param commit the commit checked out, or null when there is none (not a git checkout)
 */
public record Provenance(Instant madeAt, String commit) {
}
