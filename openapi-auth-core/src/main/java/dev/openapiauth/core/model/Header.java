package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;

/**
 * A response header after following references.
 *
 * @param definition the header object (where it is defined, possibly another file)
 * @param schema     what describes its values: the {@code schema} (3.x) or the header itself (Swagger 2.0);
 *                   null when absent or unresolvable
 */
public record Header(String name, Place definition, Place schema) {
}
