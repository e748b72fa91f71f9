package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;
import java.util.List;
import java.util.Map;

/**
 * A response an operation documents.
 *
 * @param status     the key as written: {@code 401}, {@code 4XX} or {@code default}
 * @param key        where the status is written in the operation
 * @param definition the response object after following references (null when unresolvable)
 * @param headers    headers by lower-case name (header names compare case-insensitively)
 * @param headersObject the {@code headers} object of the definition, or null: where a missing header is reported
 * @param content    the body's media types; empty when the response declares no body
 */
public record Response(String status, Place key, Place definition, Map<String, Header> headers, Place headersObject,
                       List<MediaType> content) {

    /** The {@code WWW-Authenticate} header, or null; {@link #headers} is keyed by the lower-case name. */
    public Header wwwAuthenticate() {
        return headers.get("www-authenticate");
    }
}
