package dev.openapiauth.core.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers as strings ("" is the whole document). */
public final class JsonPointer {
    private JsonPointer() {
    }

    public static String append(String pointer, String segment) {
        return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
    }

    /** One segment as the key it stands for ({@code ~1} is '/', {@code ~0} is '~'). */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Splits the fragment of a {@code $ref} into unescaped segments. The fragment is part of a URI,
     * so percent-escapes (as in {@code %7Bid%7D}) are decoded first.
     */
    public static List<String> segments(String fragment) {
        String pointer = fragment.indexOf('%') >= 0 ? percentDecode(fragment) : fragment;
        List<String> segments = new ArrayList<>();
        if (pointer.isEmpty()) {
            return segments;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + fragment);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            segments.add(unescape(raw));
        }
        return segments;
    }

    private static String percentDecode(String text) {
        // URLDecoder would turn '+' into a space; a pointer keeps '+' as written.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
