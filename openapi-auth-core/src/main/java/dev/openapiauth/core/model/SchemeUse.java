package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;
import java.util.List;

/**
 * One scheme named in a security requirement, with the scopes (or roles) it demands.
 *
 * @param place       where the scheme's name is written in the requirement
 * @param scopePlaces where each scope is written, in the order of {@code scopes}
 */
public record SchemeUse(String scheme, List<String> scopes, Place place, List<Place> scopePlaces) {
}
