package org.acme.e2e;

/** The rows of the runtime table, plus the routes the description does not have. */
public enum Situation {
    NO_CREDENTIALS,
    INVALID_CREDENTIALS,
    MALFORMED_CREDENTIALS,
    TOKEN_IN_TWO_PLACES,
    DUPLICATE_AUTHORIZATION,
    VERIFIER_FAILS,
    INSUFFICIENT_SCOPE,
    AUTHORIZED,
    PUBLIC_OPERATION,
    ANONYMOUS_ON_OPTIONAL,
    UNKNOWN_ROUTE
}
