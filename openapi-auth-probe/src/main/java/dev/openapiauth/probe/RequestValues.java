package dev.openapiauth.probe;

import java.util.Map;

/**
 * Values the credentials file gives for one operation's requests, over what the description's
 * examples and defaults give: path and query parameters by name, and the body (its text, or null).
 */
public record RequestValues(Map<String, String> path, Map<String, String> query, String body) {
    public static final RequestValues NONE = new RequestValues(Map.of(), Map.of(), null);

    public RequestValues {
        path = Map.copyOf(path);
        query = Map.copyOf(query);
    }
}
