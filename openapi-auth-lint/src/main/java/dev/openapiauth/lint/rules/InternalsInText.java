package dev.openapiauth.lint.rules;

/**
 * What an example of a 401 or 403 body may show of a server's internals: a JVM stack frame
 * ({@code at com.acme.Filter.check(Filter.java:42)}), a qualified exception class
 * ({@code org.acme.TokenExpiredException}), a Python traceback or frame, an SQL state, an Oracle error
 * code ({@code ORA-01017}) or an SQL statement. Matched by hand, as the lint path compiles no regex
 * (ColdStartClassesTest); each check says the regular expression it stands for, and
 * {@code InternalsInTextTest} holds it to that expression.
 */
final class InternalsInText {
    private static final String[] FRAME_EXTENSIONS = {".java:", ".kt:", ".scala:", ".groovy:"};
    private static final String[] PACKAGE_ROOTS = {"java", "javax", "jakarta", "org", "com", "net", "io", "sun"};
    private static final String[] STATEMENTS = {"SELECT", "INSERT", "UPDATE", "DELETE"};
    private static final String[] CLAUSES = {"FROM", "INTO", "SET", "WHERE"};
    private static final int STATEMENT_SPAN = 200;

    private InternalsInText() {
    }

    static boolean showsInternals(String text) {
        return hasStackFrame(text) || hasExceptionClass(text) || text.contains("Traceback (most recent call last)")
                || hasPythonFrame(text) || indexOfWord(text, "SQLSTATE", 0) >= 0 || hasOracleError(text) || hasStatement(text);
    }

    /** {@code \bat\s+[A-Za-z_$][\w$]*(\.[\w$<>]+)+\([\w$]*\.(java|kt|scala|groovy):\d+\)} */
    static boolean hasStackFrame(String text) {
        for (String extension : FRAME_EXTENSIONS) {
            for (int at = text.indexOf(extension); at >= 0; at = text.indexOf(extension, at + 1)) {
                int digits = at + extension.length();
                int close = skipDigits(text, digits);
                if (close == digits || close >= text.length() || text.charAt(close) != ')') {
                    continue;
                }
                int file = at;
                while (file > 0 && isWordOrDollar(text.charAt(file - 1))) {
                    file--;
                }
                if (file == 0 || text.charAt(file - 1) != '(') {
                    continue;
                }
                int nameEnd = file - 1;
                int name = nameEnd;
                while (name > 0 && (isWordOrDollar(text.charAt(name - 1)) || "<>.".indexOf(text.charAt(name - 1)) >= 0)) {
                    name--;
                }
                if (isQualifiedMethod(text, name, nameEnd) && followsAt(text, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code [A-Za-z_$][\w$]*(\.[\w$<>]+)+} exactly from {@code from} to {@code to}. */
    private static boolean isQualifiedMethod(String text, int from, int to) {
        if (from >= to || !(isAsciiLetter(text.charAt(from)) || text.charAt(from) == '_' || text.charAt(from) == '$')) {
            return false;
        }
        int at = from + 1;
        while (at < to && isWordOrDollar(text.charAt(at))) {
            at++;
        }
        int segments = 0;
        while (at < to) {
            if (text.charAt(at) != '.') {
                return false;
            }
            int start = ++at;
            while (at < to && text.charAt(at) != '.') {
                at++;
            }
            if (at == start) {
                return false;
            }
            segments++;
        }
        return segments > 0;
    }

    /** Whether {@code \bat\s+} ends at {@code at}. */
    private static boolean followsAt(String text, int at) {
        int space = at;
        while (space > 0 && isRegexSpace(text.charAt(space - 1))) {
            space--;
        }
        return space < at && space >= 2 && text.startsWith("at", space - 2) && (space == 2 || !isWord(text.charAt(space - 3)));
    }

    /** {@code \b(java|javax|jakarta|org|com|net|io|sun)\.[\w$]+(\.[\w$]+)*\.[A-Z][\w$]*(Exception|Error)\b} */
    static boolean hasExceptionClass(String text) {
        for (String suffix : new String[] {"Exception", "Error"}) {
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                int end = at + suffix.length();
                if (end < text.length() && isWord(text.charAt(end))) {
                    continue;
                }
                int segmentStart = at;
                while (segmentStart > 0 && isWordOrDollar(text.charAt(segmentStart - 1))) {
                    segmentStart--;
                }
                char first = text.charAt(segmentStart);
                if (segmentStart == 0 || segmentStart == at || text.charAt(segmentStart - 1) != '.' || first < 'A' || first > 'Z') {
                    continue;
                }
                if (hasPackageBefore(text, segmentStart - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code \b(root)\.[\w$]+(\.[\w$]+)*} ends at the dot at {@code dot}. */
    private static boolean hasPackageBefore(String text, int dot) {
        int segmentEnd = dot;
        int segments = 0;
        while (true) {
            int segmentStart = segmentEnd;
            while (segmentStart > 0 && isWordOrDollar(text.charAt(segmentStart - 1))) {
                segmentStart--;
            }
            if (segmentStart == segmentEnd) {
                return false;
            }
            if (segments > 0 && endsWithRoot(text, segmentStart, segmentEnd)) {
                return true;
            }
            segments++;
            if (segmentStart == 0 || text.charAt(segmentStart - 1) != '.') {
                return false;
            }
            segmentEnd = segmentStart - 1;
        }
    }

    /** Whether a package root ends the segment and starts at a word boundary in it. */
    private static boolean endsWithRoot(String text, int from, int to) {
        for (String root : PACKAGE_ROOTS) {
            int start = to - root.length();
            if (start >= from && text.startsWith(root, start) && (start == 0 || !isWord(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code File "[^"]+", line \d+, in \w+} */
    static boolean hasPythonFrame(String text) {
        for (int at = text.indexOf("File \""); at >= 0; at = text.indexOf("File \"", at + 1)) {
            int name = at + 6;
            int quote = text.indexOf('"', name);
            if (quote <= name || !text.startsWith("\", line ", quote)) {
                continue;
            }
            int digits = quote + 8;
            int afterDigits = skipDigits(text, digits);
            if (afterDigits > digits && text.startsWith(", in ", afterDigits)
                    && afterDigits + 5 < text.length() && isWord(text.charAt(afterDigits + 5))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \bORA-\d{5}\b} */
    static boolean hasOracleError(String text) {
        for (int at = indexOfWord(text, "ORA", 0); at >= 0; at = indexOfWord(text, "ORA", at + 1)) {
            int digits = at + 4;
            if (text.startsWith("ORA-", at) && skipDigits(text, digits) - digits >= 5
                    && (digits + 5 == text.length() || !isWord(text.charAt(digits + 5)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \b(SELECT|INSERT|UPDATE|DELETE)\b[^"]{0,200}\b(FROM|INTO|SET|WHERE)\b} */
    static boolean hasStatement(String text) {
        for (String statement : STATEMENTS) {
            for (int at = indexOfWord(text, statement, 0); at >= 0; at = indexOfWord(text, statement, at + 1)) {
                int from = at + statement.length();
                int quote = text.indexOf('"', from);
                int limit = Math.min(quote < 0 ? text.length() : quote, from + STATEMENT_SPAN);
                for (String clause : CLAUSES) {
                    int c = indexOfWord(text, clause, from + 1);
                    if (c >= 0 && c <= limit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first index from {@code from} on where {@code word} stands between word boundaries, or -1. */
    private static int indexOfWord(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWord(text.charAt(at - 1))) && (end == text.length() || !isWord(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static int skipDigits(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    /** Java regex {@code \w}: ASCII letters, digits and {@code _}. */
    private static boolean isWord(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isWordOrDollar(char c) {
        return isWord(c) || c == '$';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Java regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
