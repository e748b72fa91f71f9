package dev.openapiauth.lint;

/** Totals of a lint run, as the reporters print them. */
public record Summary(int files, int operations, int securedOperations, int errors, int warnings, int infos) {
}
