package org.acme.e2e;

/** One row of the matrix: a situation of the runtime table, the request that creates it, and the answer. */
public record AuthCase(Situation situation, CallSpec call, Expected expected) {

    @Override
    public String toString() {
        return situation + ": " + call + " -> " + expected.status();
    }
}
