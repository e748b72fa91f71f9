package org.acme.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The credentials the sample application's verifier accepts, and what each grants. */
public final class KnownCredentials {
    public static final String USER = "alice";
    public static final String PASSWORD = "wonderland";
    public static final String NO_SCOPE_TOKEN = "plain-token";
    public static final String READ_TOKEN = "reader-token";
    public static final String WRITE_TOKEN = "writer-token";
    public static final String ADMIN_TOKEN = "admin-token";
    public static final String EXPIRED_TOKEN = "expired-token";
    public static final String API_KEY = "key-123";
    /** A token whose check fails inside the verifier (its token store is down). */
    public static final String BROKEN_TOKEN = "broken-token";

    /** Who a credential is and which scopes it grants. */
    public record Grant(String principal, Set<String> scopes) {
    }

    private static final Map<String, Grant> TOKENS = Map.of(
            NO_SCOPE_TOKEN, new Grant("plain", Set.of()),
            READ_TOKEN, new Grant("reader", Set.of("read")),
            WRITE_TOKEN, new Grant("writer", Set.of("read", "write")),
            ADMIN_TOKEN, new Grant("admin", Set.of("admin")),
            API_KEY, new Grant("key-client", Set.of()));

    private KnownCredentials() {
    }

    /** A basic user/password pair, or a token or API key (user and password null). Empty when unknown. */
    public static Optional<Grant> grant(String token, String user, String password) {
        if (BROKEN_TOKEN.equals(token)) {
            throw new IllegalStateException("token store unreachable");
        }
        if (token != null) {
            return Optional.ofNullable(TOKENS.get(token));
        }
        return USER.equals(user) && PASSWORD.equals(password) ? Optional.of(new Grant(USER, Set.of())) : Optional.empty();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
