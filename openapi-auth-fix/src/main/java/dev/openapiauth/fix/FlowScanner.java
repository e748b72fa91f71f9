package dev.openapiauth.fix;

/** Finds where a bracketed value of JSON or YAML flow style ends, minding quotes and YAML comments. */
final class FlowScanner {
    private FlowScanner() {
    }

    /** Offset of the bracket that closes the one at {@code open}, or -1 when the text ends first. */
    static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '{', '[' -> depth++;
                case '}', ']' -> {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
                case '"' -> i = startsScalar(text, i) ? endOfDoubleQuoted(text, i) : i;
                case '\'' -> i = startsScalar(text, i) ? endOfSingleQuoted(text, i) : i;
                case '#' -> {
                    if (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                        while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
                            i++;
                        }
                    }
                }
                default -> {
                }
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** A quote opens a quoted scalar only where a scalar starts; inside a plain one ({@code it's}) it is text. */
    private static boolean startsScalar(String text, int quote) {
        char previous = quote == 0 ? ' ' : text.charAt(quote - 1);
        return Character.isWhitespace(previous) || "{[,:".indexOf(previous) >= 0;
    }

    private static int endOfDoubleQuoted(String text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** In YAML a single quote inside single quotes is written twice; JSON has no single-quoted strings. */
    private static int endOfSingleQuoted(String text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
