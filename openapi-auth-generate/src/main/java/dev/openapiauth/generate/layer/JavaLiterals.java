package dev.openapiauth.generate.layer;

import java.util.Collection;
import java.util.stream.Collectors;

/** Java source literals for values from a description, which may hold any character. */
final class JavaLiterals {
    private JavaLiterals() {
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(Collection<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
