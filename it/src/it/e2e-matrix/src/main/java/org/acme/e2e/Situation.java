package org.acme.e2e;

/** The rows of design.md's runtime table, plus the routes the description does not have. */
public enum Situation {
    NO_CREDENTIALS,
    INVALID_CREDENTIALS,
    MALFORMED_CREDENTIALS,
    TOKEN_IN_TWO_PLACES,
    INSUFFICIENT_SCOPE,
    AUTHORIZED,
    PUBLIC_OPERATION,
    ANONYMOUS_ON_OPTIONAL,
    UNKNOWN_ROUTE
}
