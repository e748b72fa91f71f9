package dev.openapiauth.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the auth-schemes of a {@code WWW-Authenticate} value, which may hold several challenges
 * (RFC 9110 §11.6.1): {@code Bearer realm="api", Basic realm="api", charset="UTF-8"}.
 */
public final class Challenges {
    private Challenges() {
    }

    /** The auth-scheme of every challenge in {@code value}, in order; empty when it starts with no token. */
    public static List<String> authSchemes(String value) {
        List<String> schemes = new ArrayList<>();
        for (String element : elements(value)) {
            String trimmed = element.trim();
            int space = indexOfWhitespace(trimmed);
            String head = space < 0 ? trimmed : trimmed.substring(0, space);
            // A new challenge starts with a bare token: "Bearer" or "Bearer realm=...". Elements such as
            // charset="UTF-8" or error=invalid_token are auth-params of the challenge before them.
            boolean startsChallenge = isToken(head) && (space >= 0 || !trimmed.contains("="));
            if (startsChallenge) {
                schemes.add(head);
            } else if (schemes.isEmpty()) {
                return schemes;
            }
        }
        return schemes;
    }

    /** Splits at commas outside quoted strings. */
    private static List<String> elements(String value) {
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                addUnlessBlank(current, elements);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addUnlessBlank(current, elements);
        return elements;
    }

    private static void addUnlessBlank(StringBuilder element, List<String> elements) {
        String text = element.toString();
        if (!text.isBlank()) {
            elements.add(text);
        }
    }

    /** RFC 9110 §5.6.2: an auth-scheme is a token, one or more of these characters. */
    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!alphanumeric && "!#$%&'*+.^_`|~-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
