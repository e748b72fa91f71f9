package dev.openapiauth.core.source;

/**
 * Reads the YAML that descriptions are almost always written in, several times faster than SnakeYAML:
 * block mappings and sequences, one-line plain and quoted scalars, literal and folded block scalars,
 * one-line flow collections, comments. It builds exactly the tree {@link YamlTreeReader} builds from
 * SnakeYAML's events (same values, kinds, lines and columns), and for anything else (multi-line plain or
 * quoted scalars, anchors, aliases, tags, merge keys, explicit keys, tabs, carriage returns, characters
 * YAML forbids, a second document, any error) it gives up and returns null, so that SnakeYAML reads the
 * text and says what is wrong with it. It never accepts a text SnakeYAML would refuse.
 *
 * <p>Columns below are 0-based, as in SnakeYAML's scanner; nodes get 1-based ones.
 */
final class BlockYamlReader {
    /** Thrown to give up; without a stack trace, since giving up is an answer, not a fault. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();
    /** SnakeYAML refuses a simple key longer than this. */
    private static final int MAX_SIMPLE_KEY = 1024;
    /** In place of a parent column: the scalar must end on its line (keys, plain scalars in flow collections). */
    private static final int ONE_LINE = -1;

    private final String text;
    /** The text as an array: reading it char by char is most of the work, and an array read is cheapest. */
    private final char[] chars;
    private final int end;
    private final int maxDepth;
    /** Offset of the next character to read. */
    private int pos;
    /** 1-based line of {@link #pos}, and the offset where that line starts. */
    private int line = 1;
    private int lineStart;

    private BlockYamlReader(String text, char[] chars, ParseLimits limits) {
        this.text = text;
        this.chars = chars;
        this.end = text.length();
        this.maxDepth = limits.maxDepth();
    }

    /**
     * The tree of {@code text}, or null when SnakeYAML must read it. Built whole: skimming the parts a lint
     * does not read, as JSON does, took as long as building them (okta's description, cold runs).
     */
    static Node read(String text, ParseLimits limits) {
        if (text.length() > limits.maxBytes()) {
            return null;
        }
        char[] chars = text.toCharArray();
        if (!onlyPlainCharacters(chars)) {
            return null;
        }
        try {
            return new BlockYamlReader(text, chars, limits).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * No tab, carriage return or other control character, no character SnakeYAML refuses as not printable,
     * no byte order mark, no unpaired surrogate: text with any of them goes to SnakeYAML.
     */
    private static boolean onlyPlainCharacters(char[] text) {
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F || c == '\n') {
                continue;
            }
            if (c < 0xA0 || c >= 0xFFFE || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length || !Character.isLowSurrogate(text[i + 1])) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        int indent = nextContentLine();
        if (indent == 0 && startsWith("---") && endsValueAt(pos + 3)) {
            pos += 3;
            endOfLine();
            indent = nextContentLine();
        }
        if (indent != 0 || isSequenceEntry(pos) || !isKeyAhead()) {
            throw UNSUPPORTED;
        }
        Node root = mapping(0, 1);
        if (nextContentLine() >= 0) {
            throw UNSUPPORTED;
        }
        return root;
    }

    // ---- block collections ------------------------------------------------------------------------------

    /** A block mapping whose keys start at {@code column}; {@link #pos} is at its first key. */
    private MapNode mapping(int column, int depth) {
        checkDepth(depth);
        MapNode map = new MapNode(line, column + 1);
        while (true) {
            int keyLine = line;
            int keyColumn = pos - lineStart;
            ScalarNode key = key();
            if (key.text().equals("<<") || map.member(key.text()) != null) {
                throw UNSUPPORTED;
            }
            int afterColon = pos - lineStart;
            skipSpaces();
            Node value;
            if (atEndOfLineOrComment()) {
                endOfLine();
                int next = nextContentLine();
                if (next > column) {
                    value = blockNode(column, depth + 1);
                } else if (next == column && isSequenceEntry(pos)) {
                    value = sequence(column, depth + 1);
                } else {
                    value = emptyScalar(keyLine, afterColon);
                }
            } else {
                value = inlineValue(column, depth + 1);
            }
            map.put(new Member(key.text(), keyLine, keyColumn + 1, value));
            int next = currentOrNextContentLine();
            if (next < column) {
                return map;
            }
            if (next > column || isSequenceEntry(pos)) {
                throw UNSUPPORTED;
            }
        }
    }

    /** A block sequence whose dashes stand at {@code column}; {@link #pos} is at its first dash. */
    private ListNode sequence(int column, int depth) {
        checkDepth(depth);
        ListNode list = new ListNode(line, column + 1);
        while (true) {
            int dashLine = line;
            int afterDash = pos + 1 - lineStart;
            pos++;
            skipSpaces();
            if (atEndOfLineOrComment()) {
                endOfLine();
                int next = nextContentLine();
                list.add(next > column ? blockNode(column, depth + 1) : emptyScalar(dashLine, afterDash));
            } else if (isSequenceEntry(pos)) {
                throw UNSUPPORTED;
            } else if (isKeyAhead()) {
                list.add(mapping(pos - lineStart, depth + 1));
            } else {
                list.add(inlineValue(column, depth + 1));
            }
            int next = currentOrNextContentLine();
            if (next < column || next == column && !isSequenceEntry(pos)) {
                return list;
            }
            if (next > column) {
                throw UNSUPPORTED;
            }
        }
    }

    /** The node that starts a line below its parent, more indented than {@code parentColumn}. */
    private Node blockNode(int parentColumn, int depth) {
        int column = pos - lineStart;
        if (isSequenceEntry(pos)) {
            return sequence(column, depth);
        }
        if (isKeyAhead()) {
            return mapping(column, depth);
        }
        return inlineValue(parentColumn, depth);
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw UNSUPPORTED;
        }
    }

    // ---- values on a line -------------------------------------------------------------------------------

    /**
     * A value that starts at {@link #pos} and (but for a block scalar) ends on this line; {@code parentColumn}
     * is the column of the collection it belongs to, which a block scalar and continuation lines are
     * measured against.
     */
    private Node inlineValue(int parentColumn, int depth) {
        char c = chars[pos];
        Node value;
        if (c == '|' || c == '>') {
            return blockScalar(parentColumn);
        } else if (c == '[' || c == '{') {
            value = flow(parentColumn, depth);
        } else if (c == '"' || c == '\'') {
            value = quoted(parentColumn);
        } else {
            value = plain(false, parentColumn);
            if (pos < end && chars[pos] == ':') {
                // "a: b: c" is an error SnakeYAML reports.
                throw UNSUPPORTED;
            }
        }
        skipSpaces();
        if (!atEndOfLineOrComment()) {
            throw UNSUPPORTED;
        }
        endOfLine();
        // A more indented line after a one-line scalar would continue it (or be an error): SnakeYAML's part.
        if (!(value instanceof ScalarNode) || nextContentLine() <= parentColumn) {
            return value;
        }
        throw UNSUPPORTED;
    }

    /** A key of a block mapping, and the {@code :} after it; {@link #pos} then stands after the colon. */
    private ScalarNode key() {
        int start = pos;
        int startLine = line;
        ScalarNode key = chars[pos] == '"' || chars[pos] == '\'' ? quoted(ONE_LINE) : plain(false, ONE_LINE);
        skipSpaces();
        if (pos >= end || chars[pos] != ':' || !endsValueAt(pos + 1) || line != startLine || pos - start > MAX_SIMPLE_KEY) {
            throw UNSUPPORTED;
        }
        pos++;
        return key;
    }

    /** Whether the line at {@link #pos} starts with a key and its colon, without moving. */
    private boolean isKeyAhead() {
        int savedPos = pos;
        try {
            key();
            return true;
        } catch (Unsupported e) {
            return false;
        } finally {
            pos = savedPos;
        }
    }

    private boolean isSequenceEntry(int at) {
        return at < end && chars[at] == '-' && endsValueAt(at + 1);
    }

    /**
     * A plain scalar as SnakeYAML scans it: in block context it goes on over lines indented deeper than
     * {@code parentColumn}, each line break folded into a space and each empty line kept as a line break.
     */
    private ScalarNode plain(boolean flow, int parentColumn) {
        if (!canStartPlain(flow)) {
            throw UNSUPPORTED;
        }
        int startLine = line;
        int start = pos;
        plainChunks(flow);
        if (parentColumn == ONE_LINE || flow) {
            String value = text.substring(start, pos);
            return new ScalarNode(startLine, start - lineStart + 1, PlainScalars.kindOf(value), value);
        }
        int startColumn = start - lineStart + 1;
        StringBuilder value = null;
        int chunkStart = start;
        while (true) {
            int endPos = pos;
            int endLine = line;
            int endLineStart = lineStart;
            int breaks = continuation(parentColumn + 1);
            if (breaks < 0) {
                pos = endPos;
                line = endLine;
                lineStart = endLineStart;
                break;
            }
            if (value == null) {
                value = new StringBuilder();
                value.append(text, chunkStart, endPos);
            }
            if (breaks == 0) {
                value.append(' ');
            }
            for (int i = 0; i < breaks; i++) {
                value.append('\n');
            }
            int lineContent = pos;
            plainChunks(false);
            if (pos == lineContent) {
                throw UNSUPPORTED;
            }
            value.append(text, lineContent, pos);
        }
        String scalar = value == null ? text.substring(chunkStart, pos) : value.toString();
        return new ScalarNode(startLine, startColumn, PlainScalars.kindOf(scalar), scalar);
    }

    /** Reads the chunks of a plain scalar on this line and the spaces between them; stops after the last chunk. */
    private void plainChunks(boolean flow) {
        int valueEnd = pos;
        while (pos < end) {
            char c = chars[pos];
            if (c == '\n') {
                break;
            }
            if (c == ' ') {
                int after = pos;
                while (after < end && chars[after] == ' ') {
                    after++;
                }
                if (after >= end || chars[after] == '\n' || chars[after] == '#') {
                    break;
                }
                pos = after;
                continue;
            }
            if (c == ':' && endsValueAt(pos + 1)) {
                break;
            }
            if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == ':' || c == '?')) {
                break;
            }
            pos++;
            valueEnd = pos;
        }
        pos = valueEnd;
    }

    /**
     * After a plain scalar's last chunk on a line: when the scalar goes on, moves to the first chunk of its
     * next line and returns the number of empty lines between; else returns -1 (positions are then lost).
     */
    private int continuation(int indent) {
        skipSpaces();
        if (pos >= end || chars[pos] != '\n') {
            return -1;
        }
        int breaks = -1;
        while (pos < end && chars[pos] == '\n') {
            nextLine();
            breaks++;
            skipSpaces();
        }
        if (pos >= end || pos - lineStart < indent || chars[pos] == '#') {
            return -1;
        }
        return breaks;
    }

    private boolean canStartPlain(boolean flow) {
        char c = chars[pos];
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0) {
            return c != ' ' && c != '\n';
        }
        boolean nextIsValue = pos + 1 < end && chars[pos + 1] != ' ' && chars[pos + 1] != '\n';
        return nextIsValue && (c == '-' || !flow && (c == '?' || c == ':'));
    }

    /**
     * A single- or double-quoted scalar, over lines indented deeper than {@code parentColumn} (or on one
     * line for {@link #ONE_LINE}), folded as SnakeYAML folds it: a line break is a space, an empty line a
     * line break, and an escaped line break nothing.
     */
    private ScalarNode quoted(int parentColumn) {
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        char quote = chars[pos++];
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= end) {
                throw UNSUPPORTED;
            }
            char c = chars[pos];
            if (c == ' ' || c == '\n') {
                int spaces = pos;
                skipSpaces();
                if (pos < end && chars[pos] == '\n') {
                    int breaks = quotedBreaks(parentColumn);
                    value.append(breaks == 0 ? " " : "");
                    appendBreaks(value, breaks);
                } else {
                    value.append(text, spaces, pos);
                }
                continue;
            }
            pos++;
            if (c == quote) {
                if (quote == '\'' && pos < end && chars[pos] == '\'') {
                    value.append('\'');
                    pos++;
                    continue;
                }
                return new ScalarNode(startLine, startColumn, ScalarNode.Kind.STRING, value.toString());
            }
            if (c == '\\' && quote == '"' && pos < end && chars[pos] == '\n') {
                appendBreaks(value, quotedBreaks(parentColumn));
            } else if (c == '\\' && quote == '"') {
                escape(value);
            } else {
                value.append(c);
            }
        }
    }

    /**
     * At a line break inside a quoted scalar: steps over it and the empty lines after it to the next
     * content, which must be indented deeper than {@code parentColumn}; returns how many empty lines there were.
     */
    private int quotedBreaks(int parentColumn) {
        if (parentColumn == ONE_LINE) {
            throw UNSUPPORTED;
        }
        int breaks = -1;
        while (pos < end && chars[pos] == '\n') {
            nextLine();
            breaks++;
            skipSpaces();
        }
        if (pos >= end || pos - lineStart <= parentColumn) {
            throw UNSUPPORTED;
        }
        return breaks;
    }

    private static void appendBreaks(StringBuilder value, int breaks) {
        for (int i = 0; i < breaks; i++) {
            value.append('\n');
        }
    }

    /** The escape after a backslash in a double-quoted scalar, as YAML 1.1 (SnakeYAML) reads it. */
    private void escape(StringBuilder value) {
        if (pos >= end) {
            throw UNSUPPORTED;
        }
        char c = chars[pos++];
        switch (c) {
            case '0' -> value.append('\0');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'v' -> value.append('\u000B');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 'e' -> value.append('\u001B');
            case ' ' -> value.append(' ');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'N' -> value.append('\u0085');
            case '_' -> value.append('\u00A0');
            case 'L' -> value.append('\u2028');
            case 'P' -> value.append('\u2029');
            case 'x' -> value.appendCodePoint(hex(2));
            case 'u' -> value.appendCodePoint(hex(4));
            case 'U' -> value.appendCodePoint(hex(8));
            default -> throw UNSUPPORTED;
        }
    }

    private int hex(int digits) {
        if (pos + digits > end) {
            throw UNSUPPORTED;
        }
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(chars[pos + i], 16);
            if (digit < 0 || chars[pos + i] > 'f') {
                throw UNSUPPORTED;
            }
            code = code * 16 + digit;
        }
        // Surrogates and code points above Unicode are SnakeYAML's to refuse.
        if (code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
            throw UNSUPPORTED;
        }
        pos += digits;
        return code;
    }

    /**
     * A flow sequence or mapping of scalars and flow collections; its lines after the first must be
     * indented deeper than {@code parentColumn}, a key must have its colon on its own line, and a
     * trailing comma is allowed, as in SnakeYAML.
     */
    private Node flow(int parentColumn, int depth) {
        checkDepth(depth);
        int column = pos - lineStart + 1;
        boolean mapping = chars[pos] == '{';
        char close = mapping ? '}' : ']';
        Node collection = mapping ? new MapNode(line, column) : new ListNode(line, column);
        pos++;
        while (true) {
            flowSpace(parentColumn);
            if (pos < end && chars[pos] == close) {
                pos++;
                return collection;
            }
            if (mapping) {
                int keyLine = line;
                ScalarNode key = flowScalar(parentColumn, true);
                if (((MapNode) collection).member(key.text()) != null || key.text().equals("<<")) {
                    throw UNSUPPORTED;
                }
                skipSpaces();
                if (pos >= end || chars[pos] != ':' || !endsValueAt(pos + 1) || line != keyLine) {
                    throw UNSUPPORTED;
                }
                pos++;
                flowSpace(parentColumn);
                ((MapNode) collection).put(new Member(key.text(), key.line(), key.column(), flowValue(parentColumn, depth)));
            } else {
                ((ListNode) collection).add(flowValue(parentColumn, depth));
            }
            flowSpace(parentColumn);
            if (pos >= end) {
                throw UNSUPPORTED;
            }
            char c = chars[pos++];
            if (c == close) {
                return collection;
            }
            if (c != ',') {
                throw UNSUPPORTED;
            }
        }
    }

    private Node flowValue(int parentColumn, int depth) {
        if (pos >= end) {
            throw UNSUPPORTED;
        }
        char c = chars[pos];
        return c == '[' || c == '{' ? flow(parentColumn, depth + 1) : flowScalar(parentColumn, false);
    }

    private ScalarNode flowScalar(int parentColumn, boolean key) {
        if (pos >= end) {
            throw UNSUPPORTED;
        }
        int start = pos;
        char c = chars[pos];
        ScalarNode scalar = c == '"' || c == '\'' ? quoted(key ? ONE_LINE : parentColumn) : plain(true, ONE_LINE);
        if (!key && pos < end && chars[pos] == ':' || pos - start > MAX_SIMPLE_KEY) {
            throw UNSUPPORTED;
        }
        return scalar;
    }

    /** Spaces, line breaks and comments between the tokens of a flow collection. */
    private void flowSpace(int parentColumn) {
        while (pos < end) {
            char c = chars[pos];
            if (c == ' ') {
                pos++;
            } else if (c == '#' && (pos == lineStart || chars[pos - 1] == ' ')) {
                int newline = text.indexOf('\n', pos);
                pos = newline < 0 ? end : newline;
            } else if (c == '\n') {
                nextLine();
                skipSpaces();
                if (pos < end && chars[pos] != '\n' && chars[pos] != '#' && pos - lineStart <= parentColumn) {
                    throw UNSUPPORTED;
                }
            } else {
                return;
            }
        }
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar with an optional chomping indicator, read
     * with SnakeYAML's own rules for indentation, folding and chomping.
     */
    private ScalarNode blockScalar(int parentColumn) {
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        boolean folded = chars[pos] == '>';
        pos++;
        int chomping = chomping();
        int increment = 0;
        if (pos < end && chars[pos] >= '1' && chars[pos] <= '9') {
            increment = chars[pos++] - '0';
            if (chomping == 0) {
                chomping = chomping();
            }
        }
        if (pos < end && chars[pos] != ' ' && chars[pos] != '\n') {
            throw UNSUPPORTED;
        }
        skipSpaces();
        if (!atEndOfLineOrComment()) {
            throw UNSUPPORTED;
        }
        endOfLine();
        int minIndent = Math.max(parentColumn + 1, 1);
        StringBuilder breaks = new StringBuilder();
        int indent = increment > 0 ? minIndent + increment - 1 : leadingBreaks(minIndent, breaks);
        if (increment > 0) {
            scanBreaks(indent, breaks);
        }
        if (pos >= end || pos - lineStart != indent) {
            // Content less indented than the scalar may be, or empty lines more indented than its content.
            throw UNSUPPORTED;
        }
        StringBuilder value = new StringBuilder();
        String lineBreak = "";
        while (pos - lineStart == indent && pos < end) {
            value.append(breaks);
            boolean leadingNonSpace = chars[pos] != ' ';
            int contentEnd = text.indexOf('\n', pos);
            if (contentEnd < 0) {
                contentEnd = end;
            }
            value.append(text, pos, contentEnd);
            pos = contentEnd;
            lineBreak = "";
            if (pos < end) {
                lineBreak = "\n";
                nextLine();
            }
            breaks.setLength(0);
            scanBreaks(indent, breaks);
            if (pos - lineStart != indent || pos >= end) {
                break;
            }
            if (folded && lineBreak.equals("\n") && leadingNonSpace && chars[pos] != ' ') {
                if (breaks.isEmpty()) {
                    value.append(' ');
                }
            } else {
                value.append(lineBreak);
            }
        }
        // Where the scalar stopped: the start of a less indented line, or the end.
        pos = lineStart;
        if (chomping >= 0) {
            value.append(lineBreak);
        }
        if (chomping > 0) {
            value.append(breaks);
        }
        return new ScalarNode(startLine, startColumn, ScalarNode.Kind.STRING, value.toString());
    }

    /** {@code -} strips, {@code +} keeps, nothing clips the final line breaks. */
    private int chomping() {
        if (pos < end && (chars[pos] == '-' || chars[pos] == '+')) {
            return chars[pos++] == '-' ? -1 : 1;
        }
        return 0;
    }

    /**
     * The empty lines before a block scalar's first content line, and its indentation: the deepest one
     * of those lines, at least {@code minIndent}, as SnakeYAML determines it.
     */
    private int leadingBreaks(int minIndent, StringBuilder breaks) {
        int maxIndent = 0;
        while (pos < end) {
            int spaces = countSpaces(pos);
            maxIndent = Math.max(maxIndent, spaces);
            pos += spaces;
            if (pos >= end || chars[pos] != '\n') {
                break;
            }
            breaks.append('\n');
            nextLine();
        }
        return Math.max(minIndent, maxIndent);
    }

    /** Empty lines, and the spaces of the next line up to {@code indent}. */
    private void scanBreaks(int indent, StringBuilder breaks) {
        while (pos - lineStart < indent && pos < end && chars[pos] == ' ') {
            pos++;
        }
        while (pos < end && chars[pos] == '\n') {
            breaks.append('\n');
            nextLine();
            while (pos - lineStart < indent && pos < end && chars[pos] == ' ') {
                pos++;
            }
        }
    }

    /** SnakeYAML marks an absent value where the indicator before it ends: {@code column} is 0-based. */
    private static ScalarNode emptyScalar(int atLine, int column) {
        return new ScalarNode(atLine, column + 1, ScalarNode.Kind.NULL, "");
    }

    // ---- lines ------------------------------------------------------------------------------------------

    /**
     * Moves to the first character of the next line with content (not empty, not only a comment) and
     * returns its indentation, or -1 at the end. Starts at {@link #pos}, which is at a line start.
     */
    private int nextContentLine() {
        while (pos < end) {
            int spaces = countSpaces(pos);
            int at = pos + spaces;
            if (at < end && chars[at] != '\n' && chars[at] != '#') {
                pos = at;
                return spaces;
            }
            pos = at;
            endOfLine();
        }
        return -1;
    }

    /** After a value's line was finished: the indentation of the line {@link #pos} now stands on, or -1. */
    private int currentOrNextContentLine() {
        if (pos == lineStart) {
            return nextContentLine();
        }
        return pos >= end ? -1 : pos - lineStart;
    }

    /** Skips the rest of the line (spaces and a comment only, else gives up) and its line break. */
    private void endOfLine() {
        skipSpaces();
        if (pos < end && chars[pos] == '#') {
            if (pos > lineStart && chars[pos - 1] != ' ') {
                throw UNSUPPORTED;
            }
            int newline = text.indexOf('\n', pos);
            pos = newline < 0 ? end : newline;
        }
        if (pos < end) {
            if (chars[pos] != '\n') {
                throw UNSUPPORTED;
            }
            nextLine();
        }
    }

    /** {@link #pos} is at a line break: step over it. */
    private void nextLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    private boolean atEndOfLineOrComment() {
        return pos >= end || chars[pos] == '\n' || chars[pos] == '#' && chars[pos - 1] == ' ';
    }

    /** Whether a value indicator or key could end at {@code at}: the end, a space or a line break follows. */
    private boolean endsValueAt(int at) {
        return at >= end || chars[at] == ' ' || chars[at] == '\n';
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, pos);
    }

    private void skipSpaces() {
        while (pos < end && chars[pos] == ' ') {
            pos++;
        }
    }

    private int countSpaces(int from) {
        int at = from;
        while (at < end && chars[at] == ' ') {
            at++;
        }
        return at - from;
    }
}
