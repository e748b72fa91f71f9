package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawRequest;
import dev.openapiauth.probe.http.RawResponse;

/**
 * One request and its answer, with what the request was meant to show.
 *
 * @param situation how a report names the request: {@code without credentials}, {@code with an invalid bearerAuth credential}
 */
record Exchange(String situation, RawRequest request, RawResponse response) {
    private static final int BODY_SHOWN = 120;

    /** The evidence a finding shows, on one line: what was sent (credentials masked) and what came back. */
    String evidence() {
        StringBuilder shown = new StringBuilder("sent ").append(request.shown().replace("\n", "; "));
        shown.append(" | received ").append(response.status());
        for (String challenge : response.header("WWW-Authenticate")) {
            shown.append("; WWW-Authenticate: ").append(challenge);
        }
        if (!response.mediaType().isEmpty()) {
            shown.append("; ").append(response.mediaType());
        }
        String body = response.bodyStart().strip().replaceAll("\\s+", " ");
        if (!body.isEmpty()) {
            shown.append("; body: ").append(body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "…" : body);
        }
        return shown.toString();
    }
}
