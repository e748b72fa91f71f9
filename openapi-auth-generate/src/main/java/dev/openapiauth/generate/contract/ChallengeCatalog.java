package dev.openapiauth.generate.contract;

import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code WWW-Authenticate} challenge each scheme of a description is answered with (README, "Rules": challenges per scheme):
 * Bearer for http bearer, oauth2 and openIdConnect; Basic with charset for http basic; ApiKey for
 * apiKey; the scheme's own name for other http schemes; none for mutualTLS.
 */
public final class ChallengeCatalog {
    private ChallengeCatalog() {
    }

    /** The default realm: the description's {@code info.title}, else "api". */
    public static String defaultRealm(SourceFile entry) {
        Place info = Place.root(entry).child("info");
        String title = info == null ? null : info.text("title");
        return title == null || title.isBlank() ? "api" : title;
    }

    /** Challenge text → names of the schemes answered with it, in declaration order. */
    static Map<String, List<String>> of(Collection<SecurityScheme> schemes, String realm) {
        String quotedRealm = quoted(realm);
        Map<String, List<String>> challenges = new LinkedHashMap<>();
        for (SecurityScheme scheme : schemes) {
            String challenge = challengeWithQuotedRealm(scheme, quotedRealm);
            if (challenge != null) {
                challenges.computeIfAbsent(challenge, c -> new java.util.ArrayList<>()).add(scheme.name());
            }
        }
        return challenges;
    }

    /** The challenge a 401 sends for {@code scheme}, without error parameters; null when it has none. */
    public static String challenge(SecurityScheme scheme, String realm) {
        return challengeWithQuotedRealm(scheme, quoted(realm));
    }

    private static String challengeWithQuotedRealm(SecurityScheme scheme, String quotedRealm) {
        if (scheme.type() == SecurityScheme.Type.API_KEY) {
            return "ApiKey realm=" + quotedRealm;
        }
        return scheme.authScheme()
                .filter(auth -> !auth.isBlank())
                .map(auth -> auth + " realm=" + quotedRealm + (auth.equals("Basic") ? ", charset=\"UTF-8\"" : ""))
                .orElse(null);
    }

    /** An RFC 9110 quoted-string; control characters, which no header may carry, are dropped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
