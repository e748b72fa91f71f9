package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawRequest;
import java.util.Set;

/**
 * A valid credential from the credentials file: for which scheme, how a request carries it, and the
 * scopes or roles it grants. Its value is never shown: every header that carries it is secret.
 *
 * @param header    the header that carries it, or null
 * @param queryPart {@code name=value} for an API key in the query, or null
 */
public record Credential(String name, String scheme, RawRequest.Header header, String queryPart, Set<String> grants) {

    public Credential {
        grants = Set.copyOf(grants);
    }

    boolean grantsAll(Iterable<String> required) {
        for (String right : required) {
            if (!grants.contains(right)) {
                return false;
            }
        }
        return true;
    }
}
