package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Place;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A declared security scheme (OpenAPI {@code components/securitySchemes} or Swagger 2.0
 * {@code securityDefinitions}).
 *
 * @param httpScheme for {@code http}: the scheme as written (basic, bearer, digest, …); null otherwise
 * @param scopes     every scope declared by any flow (oauth2 only)
 */
public record SecurityScheme(String name, Type type, String httpScheme, Set<String> scopes, Place place) {

    public enum Type { API_KEY, HTTP, OAUTH2, OPEN_ID_CONNECT, MUTUAL_TLS, UNKNOWN }

    /**
     * The HTTP authentication scheme a 401 challenge uses for this scheme (the README's challenges per scheme), or
     * empty when there is none (mutualTLS) or no standard one (apiKey, unknown types).
     */
    public Optional<String> authScheme() {
        return switch (type) {
            case OAUTH2, OPEN_ID_CONNECT -> Optional.of("Bearer");
            case HTTP -> Optional.of(httpAuthScheme());
            case API_KEY, MUTUAL_TLS, UNKNOWN -> Optional.empty();
        };
    }

    /** http bearer, oauth2 and openIdConnect: a token RFC 6750 allows in one place only (else 400). */
    public boolean bearerFamily() {
        return "Bearer".equals(authScheme().orElse(null));
    }

    /** For apiKey: where the key travels ({@code header}, {@code query} or {@code cookie}); null otherwise. */
    public String apiKeyLocation() {
        return type == Type.API_KEY ? place.text("in") : null;
    }

    /** For apiKey: the header, query parameter or cookie name; null otherwise. */
    public String apiKeyName() {
        return type == Type.API_KEY ? place.text("name") : null;
    }

    /** Whether a client is told through a {@code WWW-Authenticate} challenge how to authenticate. */
    public boolean hasChallenge() {
        return type != Type.MUTUAL_TLS;
    }

    /** apiKey and unknown types have no standard challenge, so any declared challenge fits them. */
    public boolean acceptsAnyChallenge() {
        return type == Type.API_KEY || type == Type.UNKNOWN;
    }

    private String httpAuthScheme() {
        String scheme = httpScheme == null ? "" : httpScheme.trim();
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> "Bearer";
            case "basic" -> "Basic";
            case "digest" -> "Digest";
            default -> scheme;
        };
    }
}
