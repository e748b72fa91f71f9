package dev.openapiauth.probe;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for what the probe writes into a request target itself (never the variants it tests). */
final class QueryText {
    private QueryText() {
    }

    /** Everything but RFC 3986 unreserved characters, percent-encoded as UTF-8. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
