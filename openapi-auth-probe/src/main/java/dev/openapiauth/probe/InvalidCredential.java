package dev.openapiauth.probe;

import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.probe.http.RawRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A credential no server can accept, in the form a scheme expects, so that a request reaches the
 * check of credentials rather than the check of their presence.
 *
 * @param header    the header that carries it, or null
 * @param queryPart {@code name=value} for an API key in the query, or null
 * @param bearer    whether it is a bearer token (RFC 6750 expectations apply)
 */
record InvalidCredential(String scheme, RawRequest.Header header, String queryPart, boolean bearer) {
    private static final String TOKEN = "openapi-auth-probe-invalid-token";

    /** The invalid credential for a scheme, or null for one a request cannot carry (mutualTLS, unknown types). */
    static InvalidCredential of(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case OAUTH2, OPEN_ID_CONNECT -> authorization(scheme, "Bearer " + TOKEN, true);
            case HTTP -> switch (scheme.authScheme().orElse("")) {
                case "Bearer" -> authorization(scheme, "Bearer " + TOKEN, true);
                case "Basic" -> authorization(scheme, "Basic "
                        + Base64.getEncoder().encodeToString("openapi-auth-probe:invalid".getBytes(StandardCharsets.UTF_8)), false);
                default -> authorization(scheme, scheme.authScheme().orElse("") + " " + TOKEN, false);
            };
            case API_KEY -> apiKey(scheme);
            case MUTUAL_TLS, UNKNOWN -> null;
        };
    }

    private static InvalidCredential authorization(SecurityScheme scheme, String value, boolean bearer) {
        return new InvalidCredential(scheme.name(), new RawRequest.Header("Authorization", value, true), null, bearer);
    }

    private static InvalidCredential apiKey(SecurityScheme scheme) {
        String name = scheme.apiKeyName();
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (String.valueOf(scheme.apiKeyLocation())) {
            case "header" -> new InvalidCredential(scheme.name(), new RawRequest.Header(name, TOKEN, true), null, false);
            case "cookie" -> new InvalidCredential(scheme.name(), new RawRequest.Header("Cookie", name + "=" + TOKEN, true), null, false);
            case "query" -> new InvalidCredential(scheme.name(), null, PercentEncoding.encode(name) + "=" + TOKEN, false);
            default -> null;
        };
    }
}
