package dev.openapiauth.probe;

import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/** Percent-encoding for what the probe writes into a request target itself (never the variants it tests). */
final class PercentEncoding {
    /** RFC 3986 unreserved characters: all a parameter name or value keeps as it is. */
    static final IntPredicate UNRESERVED = c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || c == '-' || c == '.' || c == '_' || c == '~';
    /** What a literal part of a path keeps: anything a request line can carry, but for {@code ?} and {@code #}. */
    static final IntPredicate PATH_LITERAL = c -> c > ' ' && c < 0x7f && c != '?' && c != '#';

    private PercentEncoding() {
    }

    /** A parameter name or value: everything but unreserved characters encoded. */
    static String encode(String text) {
        return encode(text, UNRESERVED);
    }

    /** The UTF-8 bytes of {@code text}, those {@code keep} does not accept as {@code %XX}. */
    static String encode(String text, IntPredicate keep) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (keep.test(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
