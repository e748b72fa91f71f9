package dev.openapiauth.core.source;

/** A key of a mapping, where the key is written, and its value. */
public record Member(String key, int line, int column, Node value) {
}
