package dev.openapiauth.generate.contract;

import dev.openapiauth.core.source.Place;

/**
 * Why the contract adds something, so that a report can hang each addition on the finding it fixes.
 *
 * @param anchor where that finding sits: the operation's {@code responses} (or the operation) for a
 *               missing status, the 401 response's {@code headers} (or the response) for a missing header;
 *               null for a shared component, which serves every finding that references it
 */
public record Cause(Purpose purpose, Place anchor) {

    /** What an addition is for. */
    public enum Purpose {
        /** a 401 on an operation that documents none */
        UNAUTHORIZED,
        /** a 403 on an operation that documents none */
        FORBIDDEN,
        /** a 400 where the generated layer may answer one */
        BAD_REQUEST,
        /** the {@code WWW-Authenticate} header on a 401 without it */
        CHALLENGE_HEADER,
        /** a component the other additions reference */
        SHARED_COMPONENT
    }

    static final Cause COMPONENT = new Cause(Purpose.SHARED_COMPONENT, null);
}
