package dev.openapiauth.core.source;

/**
 * What a plain (unquoted) YAML scalar reads as: null, a boolean, a YAML 1.1 integer ({@code 0x1F},
 * {@code 0o17}, {@code 1_000}) or float ({@code 1.5e3}, {@code .inf}, {@code .NaN}), else a string. By
 * hand, not a regex, as the lint path compiles none.
 */
final class PlainScalars {
    private PlainScalars() {
    }

    static ScalarNode.Kind kindOf(String text) {
        if (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return ScalarNode.Kind.NULL;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return ScalarNode.Kind.BOOLEAN;
        }
        return isNumber(text) ? ScalarNode.Kind.NUMBER : ScalarNode.Kind.STRING;
    }

    static boolean isNumber(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        if (text.equals(".nan") || text.equals(".NaN") || text.equals(".NAN")) {
            return true;
        }
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (text.startsWith(".inf", start) || text.startsWith(".Inf", start) || text.startsWith(".INF", start)) {
            return start + 4 == n;
        }
        return isInteger(text, start) || isFloat(text, start);
    }

    /** {@code 0}, {@code [1-9][0-9_]*}, {@code 0x[0-9a-fA-F_]+} or {@code 0o?[0-7_]+} from {@code start} to the end. */
    private static boolean isInteger(String text, int start) {
        int n = text.length();
        if (start >= n) {
            return false;
        }
        char first = text.charAt(start);
        if (first >= '1' && first <= '9') {
            return allOf(text, start + 1, "0123456789_");
        }
        if (first != '0') {
            return false;
        }
        if (start + 1 == n) {
            return true;
        }
        if (text.charAt(start + 1) == 'x') {
            return start + 2 < n && allOf(text, start + 2, "0123456789abcdefABCDEF_");
        }
        int digits = text.charAt(start + 1) == 'o' ? start + 2 : start + 1;
        return digits < n && allOf(text, digits, "01234567_");
    }

    /** {@code \.[0-9]+} or {@code [0-9][0-9_]*(\.[0-9_]*)?}, then an optional {@code [eE][-+]?[0-9]+}. */
    private static boolean isFloat(String text, int start) {
        int n = text.length();
        int at = start;
        if (at < n && text.charAt(at) == '.') {
            at = skip(text, at + 1, "0123456789");
            if (at == start + 1) {
                return false;
            }
        } else if (at < n && isDigit(text.charAt(at))) {
            at = skip(text, at + 1, "0123456789_");
            if (at < n && text.charAt(at) == '.') {
                at = skip(text, at + 1, "0123456789_");
            }
        } else {
            return false;
        }
        if (at < n && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < n && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int digits = at;
            at = skip(text, at, "0123456789");
            if (at == digits) {
                return false;
            }
        }
        return at == n;
    }

    private static boolean allOf(String text, int from, String allowed) {
        return skip(text, from, allowed) == text.length();
    }

    private static int skip(String text, int from, String allowed) {
        int at = from;
        while (at < text.length() && allowed.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
