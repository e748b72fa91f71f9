package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;

/** A 403 used for rate limits or quotas, which have their own status. */
public final class ForbiddenForRateLimit extends ResponseWordsRule {
    public static final String ID = "forbidden-for-rate-limit";

    public ForbiddenForRateLimit() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "403 response describes a rate limit or quota (429 is meant)",
                "A client told 403 concludes it lacks permission and stops; a rate limit or exhausted quota is "
                        + "429 Too Many Requests (RFC 6585 section 4), optionally with Retry-After, so it waits and retries.",
                "Document rate limits and quotas under `429` with a `Retry-After` header, and keep `403` for missing "
                        + "permissions."), true, AuthErrorWords.RATE_LIMIT);
    }

    @Override
    String message(String phrase) {
        return "403 response says '" + phrase + "': rate limits and quotas are 429 Too Many Requests (RFC 6585 section 4) "
                + "with Retry-After; keep 403 for missing permissions";
    }
}
