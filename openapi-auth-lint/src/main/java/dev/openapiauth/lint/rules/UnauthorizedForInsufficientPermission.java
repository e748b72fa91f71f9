package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;

/** "401 where 403 is meant": the 401 says the caller lacks a permission, role or scope. */
public final class UnauthorizedForInsufficientPermission extends ResponseWordsRule {
    public static final String ID = "unauthorized-for-insufficient-permission";

    public UnauthorizedForInsufficientPermission() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "401 response describes missing permissions (403 is meant)",
                "401 asks the client to (re)authenticate (RFC 9110 section 15.5.2); a client whose valid credentials lack a "
                        + "permission, role or scope only loops on it. That is 403 (section 15.5.4), for Bearer tokens with "
                        + "error=\"insufficient_scope\" (RFC 6750 section 3.1).",
                "Document insufficient permissions, roles and scopes under `403`, and keep `401` for missing, invalid and "
                        + "expired credentials."), false, AuthErrorWords.LACKS_PERMISSION);
    }

    @Override
    String message(String phrase) {
        return "401 response says '" + phrase + "': valid credentials that lack permission get 403 (RFC 9110 section 15.5.4, "
                + "RFC 6750 insufficient_scope); keep 401 for missing or invalid credentials";
    }
}
