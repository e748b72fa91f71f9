package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;
import java.util.List;

/** One security requirement object: all of its schemes are needed together (AND). */
public record Requirement(List<SchemeUse> schemes, Place place) {

    /** An empty requirement object ({@code {}}) lets anonymous requests through. */
    public boolean isAnonymous() {
        return schemes.isEmpty();
    }
}
