package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;

/** "403 where 401 is meant": the 403 says the caller is not authenticated. */
public final class ForbiddenForUnauthenticated extends ResponseWordsRule {
    public static final String ID = "forbidden-for-unauthenticated";

    public ForbiddenForUnauthenticated() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "403 response describes missing or invalid credentials (401 is meant)",
                "403 means the server knows who is calling and refuses (RFC 9110 section 15.5.4). Missing, invalid or expired "
                        + "credentials are 401 with a WWW-Authenticate challenge (section 15.5.2), which tells clients to "
                        + "authenticate again instead of asking for permissions they already have.",
                "Document missing, invalid and expired credentials under `401` (with a `WWW-Authenticate` header) and keep "
                        + "`403` for valid credentials that lack a permission, role or scope."), true, AuthErrorWords.NOT_AUTHENTICATED);
    }

    @Override
    String message(String phrase) {
        return "403 response says '" + phrase + "': a request that is not authenticated gets 401 with a challenge "
                + "(RFC 9110 section 15.5.2); keep 403 for credentials that lack permission";
    }
}
