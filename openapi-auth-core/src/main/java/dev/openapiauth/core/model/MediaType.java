package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;

/** A media type a response body may have, with its schema as written (possibly a {@code $ref}), or null. */
public record MediaType(String name, Place schema) {
}
