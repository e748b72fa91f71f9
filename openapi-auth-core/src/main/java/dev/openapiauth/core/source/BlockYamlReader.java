package dev.openapiauth.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    /**
     * SnakeYAML refuses a simple key longer than this many characters; measured here in bytes, so that a key of
     * many non-ASCII characters goes to SnakeYAML sooner, never later.
     */
    private static final int MAX_SIMPLE_KEY = 1024;
    /** In place of a parent column: the scalar must end on its line (keys, plain scalars in flow collections). */
    private static final int ONE_LINE = -1;

    /**
     * The UTF-8 bytes, read as they are: every character YAML's structure is made of is ASCII, so only scalars
     * are decoded, one by one (decoding 3.5 MB with a few non-ASCII lines up front took 20 ms of a cold run).
     */
    private final byte[] utf8;
    private final int end;
    private final int maxDepth;
    /** Offset of the next character to read. */
    private int pos;
    /** 1-based line of {@link #pos}, and the offset where that line starts. */
    private int line = 1;
    private int lineStart;

    /** The offset of each non-ASCII character's first byte, in order, for columns in characters. */
    private final int[] nonAscii;
    private final int nonAsciiCount;
    /** The first entry of {@link #nonAscii} at or after the line the last column was asked on. */
    private int nonAsciiCursor;

    private BlockYamlReader(byte[] utf8, NonAscii characters, ParseLimits limits) {
        this.utf8 = utf8;
        this.nonAscii = characters.offsets;
        this.nonAsciiCount = characters.count;
        this.end = utf8.length;
        this.maxDepth = limits.maxDepth();
    }

    /**
     * The tree of {@code text}, or null when SnakeYAML must read it. Built whole: skimming the parts a lint
     * does not read, as JSON does, took as long as building them (okta's description, cold runs).
     */
    static Node read(byte[] utf8, ParseLimits limits) {
        if (utf8.length > limits.maxBytes()) {
            return null;
        }
        NonAscii characters = NonAscii.of(utf8);
        if (characters == null) {
            return null;
        }
        try {
            return new BlockYamlReader(utf8, characters, limits).document();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Where the non-ASCII characters of a text are, once its characters are known to be plain. */
    private static final class NonAscii {
        private int[] offsets = new int[16];
        private int count;

        /**
         * The non-ASCII characters of well-formed UTF-8 without tab, carriage return or other control character,
         * without a character SnakeYAML refuses as not printable, and without byte order mark; null for any other
         * text, which goes to SnakeYAML.
         */
        static NonAscii of(byte[] text) {
            NonAscii found = new NonAscii();
            int i = 0;
            while (i < text.length) {
                byte b = text[i];
                if (b >= 0x20 && b < 0x7F || b == '\n') {
                    i++;
                    continue;
                }
                int c = Utf8.codePointAt(text, i);
                if (c < 0xA0 || c == 0xFFFE || c == 0xFFFF || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                    return null;
                }
                if (found.count == found.offsets.length) {
                    found.offsets = Arrays.copyOf(found.offsets, found.count * 2);
                }
                found.offsets[found.count++] = i;
                i += Utf8.length(b);
            }
            return found;
        }
    }

    private Node document() {
        int indent = skipToContentLine();
        if (indent == 0 && startsWith("---") && endsValueAt(pos + 3)) {
            pos += 3;
            endOfLine();
            indent = nextContentLine();
        } else if (indent == 0 && isDocumentMarker()) {
            throw UNSUPPORTED;
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
            String key = key(true);
            if (key.equals("<<")) {
                throw UNSUPPORTED;
            }
            int afterColon = column(pos);
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
            if (!map.add(new Member(key, keyLine, keyColumn + 1, value))) {
                throw UNSUPPORTED;
            }
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
        byte c = utf8[pos];
        Node value;
        if (c == '|' || c == '>') {
            return blockScalar(parentColumn);
        } else if (c == '[' || c == '{') {
            value = flow(parentColumn, depth);
        } else if (c == '"' || c == '\'') {
            value = quoted(parentColumn);
        } else {
            value = plain(false, parentColumn);
            if (pos < end && utf8[pos] == ':') {
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

    /**
     * A key of a block mapping, and the {@code :} after it; {@link #pos} then stands after the colon. Returns the
     * key's text, or null for a plain key when only looking ahead ({@code build} false).
     */
    private String key(boolean build) {
        int start = pos;
        int startLine = line;
        String key;
        if (utf8[pos] == '"' || utf8[pos] == '\'') {
            key = quoted(ONE_LINE).text();
        } else {
            if (!canStartPlain(false)) {
                throw UNSUPPORTED;
            }
            plainChunks(false);
            key = build ? string(start, pos) : null;
        }
        skipSpaces();
        if (pos >= end || utf8[pos] != ':' || !endsValueAt(pos + 1) || line != startLine || pos - start > MAX_SIMPLE_KEY) {
            throw UNSUPPORTED;
        }
        pos++;
        return key;
    }

    /** Whether the line at {@link #pos} starts with a key and its colon, without moving. */
    private boolean isKeyAhead() {
        int savedPos = pos;
        try {
            key(false);
            return true;
        } catch (Unsupported e) {
            return false;
        } finally {
            pos = savedPos;
        }
    }

    private boolean isSequenceEntry(int at) {
        return at < end && utf8[at] == '-' && endsValueAt(at + 1);
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
            String value = string(start, pos);
            return new ScalarNode(startLine, column(start) + 1, PlainScalars.kindOf(value), value);
        }
        int startColumn = column(start) + 1;
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
                append(value, chunkStart, endPos);
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
            append(value, lineContent, pos);
        }
        String scalar = value == null ? string(chunkStart, pos) : value.toString();
        return new ScalarNode(startLine, startColumn, PlainScalars.kindOf(scalar), scalar);
    }

    /** Reads the chunks of a plain scalar on this line and the spaces between them; stops after the last chunk. */
    private void plainChunks(boolean flow) {
        int valueEnd = pos;
        while (pos < end) {
            byte c = utf8[pos];
            if (c == '\n') {
                break;
            }
            if (c == ' ') {
                int after = pos;
                while (after < end && utf8[after] == ' ') {
                    after++;
                }
                if (after >= end || utf8[after] == '\n' || utf8[after] == '#') {
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
        if (pos >= end || utf8[pos] != '\n') {
            return -1;
        }
        int breaks = -1;
        while (pos < end && utf8[pos] == '\n') {
            nextLine();
            breaks++;
            skipSpaces();
        }
        if (pos >= end || pos - lineStart < indent || utf8[pos] == '#') {
            return -1;
        }
        return breaks;
    }

    private boolean canStartPlain(boolean flow) {
        byte c = utf8[pos];
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0) {
            return c != ' ' && c != '\n';
        }
        boolean nextIsValue = pos + 1 < end && utf8[pos + 1] != ' ' && utf8[pos + 1] != '\n';
        return nextIsValue && (c == '-' || !flow && (c == '?' || c == ':'));
    }

    /**
     * A single- or double-quoted scalar, over lines indented deeper than {@code parentColumn} (or on one
     * line for {@link #ONE_LINE}), folded as SnakeYAML folds it: a line break is a space, an empty line a
     * line break, and an escaped line break nothing.
     */
    private ScalarNode quoted(int parentColumn) {
        int startLine = line;
        int startColumn = column(pos) + 1;
        byte quote = utf8[pos++];
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= end) {
                throw UNSUPPORTED;
            }
            byte c = utf8[pos];
            if (c == ' ' || c == '\n') {
                int spaces = pos;
                skipSpaces();
                if (pos < end && utf8[pos] == '\n') {
                    int breaks = quotedBreaks(parentColumn);
                    value.append(breaks == 0 ? " " : "");
                    appendBreaks(value, breaks);
                } else {
                    append(value, spaces, pos);
                }
                continue;
            }
            boolean escaping = c == '\\' && quote == '"';
            if (c != quote && !escaping) {
                int run = pos;
                while (pos < end && (c = utf8[pos]) != quote && c != ' ' && c != '\n' && !(c == '\\' && quote == '"')) {
                    pos++;
                }
                append(value, run, pos);
                continue;
            }
            pos++;
            if (c == quote) {
                if (quote == '\'' && pos < end && utf8[pos] == '\'') {
                    value.append('\'');
                    pos++;
                    continue;
                }
                return new ScalarNode(startLine, startColumn, ScalarNode.Kind.STRING, value.toString());
            }
            if (pos < end && utf8[pos] == '\n') {
                appendBreaks(value, quotedBreaks(parentColumn));
            } else {
                escape(value);
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
        while (pos < end && utf8[pos] == '\n') {
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
        byte c = utf8[pos++];
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
            int digit = Character.digit(utf8[pos + i], 16);
            if (digit < 0 || utf8[pos + i] > 'f') {
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
        int column = column(pos) + 1;
        boolean mapping = utf8[pos] == '{';
        char close = mapping ? '}' : ']';
        Node collection = mapping ? new MapNode(line, column) : new ListNode(line, column);
        pos++;
        while (true) {
            flowSpace(parentColumn);
            if (pos < end && utf8[pos] == close) {
                pos++;
                return collection;
            }
            if (mapping) {
                int keyLine = line;
                ScalarNode key = flowScalar(parentColumn, true);
                if (key.text().equals("<<")) {
                    throw UNSUPPORTED;
                }
                skipSpaces();
                if (pos >= end || utf8[pos] != ':' || !endsValueAt(pos + 1) || line != keyLine) {
                    throw UNSUPPORTED;
                }
                pos++;
                flowSpace(parentColumn);
                if (!((MapNode) collection).add(new Member(key.text(), key.line(), key.column(), flowValue(parentColumn, depth)))) {
                    throw UNSUPPORTED;
                }
            } else {
                ((ListNode) collection).add(flowValue(parentColumn, depth));
            }
            flowSpace(parentColumn);
            if (pos >= end) {
                throw UNSUPPORTED;
            }
            byte c = utf8[pos++];
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
        byte c = utf8[pos];
        return c == '[' || c == '{' ? flow(parentColumn, depth + 1) : flowScalar(parentColumn, false);
    }

    private ScalarNode flowScalar(int parentColumn, boolean key) {
        if (pos >= end) {
            throw UNSUPPORTED;
        }
        int start = pos;
        byte c = utf8[pos];
        ScalarNode scalar = c == '"' || c == '\'' ? quoted(key ? ONE_LINE : parentColumn) : plain(true, ONE_LINE);
        if (!key && pos < end && utf8[pos] == ':' || pos - start > MAX_SIMPLE_KEY) {
            throw UNSUPPORTED;
        }
        return scalar;
    }

    /** Spaces, line breaks and comments between the tokens of a flow collection. */
    private void flowSpace(int parentColumn) {
        while (pos < end) {
            byte c = utf8[pos];
            if (c == ' ') {
                pos++;
            } else if (c == '#' && (pos == lineStart || utf8[pos - 1] == ' ')) {
                pos = lineEnd(pos);
            } else if (c == '\n') {
                nextLine();
                skipSpaces();
                if (pos < end && utf8[pos] != '\n' && utf8[pos] != '#' && pos - lineStart <= parentColumn) {
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
        int startColumn = column(pos) + 1;
        boolean folded = utf8[pos] == '>';
        pos++;
        int chomping = chomping();
        int increment = 0;
        if (pos < end && utf8[pos] >= '1' && utf8[pos] <= '9') {
            increment = utf8[pos++] - '0';
            if (chomping == 0) {
                chomping = chomping();
            }
        }
        if (pos < end && utf8[pos] != ' ' && utf8[pos] != '\n') {
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
            boolean leadingNonSpace = utf8[pos] != ' ';
            int contentEnd = lineEnd(pos);
            append(value, pos, contentEnd);
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
            if (folded && lineBreak.equals("\n") && leadingNonSpace && utf8[pos] != ' ') {
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
        if (pos < end && (utf8[pos] == '-' || utf8[pos] == '+')) {
            return utf8[pos++] == '-' ? -1 : 1;
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
            if (pos >= end || utf8[pos] != '\n') {
                break;
            }
            breaks.append('\n');
            nextLine();
        }
        return Math.max(minIndent, maxIndent);
    }

    /** Empty lines, and the spaces of the next line up to {@code indent}. */
    private void scanBreaks(int indent, StringBuilder breaks) {
        while (pos - lineStart < indent && pos < end && utf8[pos] == ' ') {
            pos++;
        }
        while (pos < end && utf8[pos] == '\n') {
            breaks.append('\n');
            nextLine();
            while (pos - lineStart < indent && pos < end && utf8[pos] == ' ') {
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
        int indent = skipToContentLine();
        // A document's start or end marker ends this document: SnakeYAML's to read or refuse.
        if (indent == 0 && isDocumentMarker()) {
            throw UNSUPPORTED;
        }
        return indent;
    }

    /** Whether a line starts at {@link #pos} with a document's start or end marker. */
    private boolean isDocumentMarker() {
        return (startsWith("---") || startsWith("...")) && endsValueAt(pos + 3);
    }

    /** As {@link #nextContentLine}, also where the line is a document marker. */
    private int skipToContentLine() {
        while (pos < end) {
            int spaces = countSpaces(pos);
            int at = pos + spaces;
            if (at < end && utf8[at] != '\n' && utf8[at] != '#') {
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
        if (pos < end && utf8[pos] == '#') {
            if (pos > lineStart && utf8[pos - 1] != ' ') {
                throw UNSUPPORTED;
            }
            pos = lineEnd(pos);
        }
        if (pos < end) {
            if (utf8[pos] != '\n') {
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
        return pos >= end || utf8[pos] == '\n' || utf8[pos] == '#' && utf8[pos - 1] == ' ';
    }

    /** Whether a value indicator or key could end at {@code at}: the end, a space or a line break follows. */
    private boolean endsValueAt(int at) {
        return at >= end || utf8[at] == ' ' || utf8[at] == '\n';
    }

    private boolean startsWith(String prefix) {
        if (pos + prefix.length() > end) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (utf8[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the line break at or after {@code from}, or the end. */
    private int lineEnd(int from) {
        int at = from;
        while (at < end && utf8[at] != '\n') {
            at++;
        }
        return at;
    }

    /** The text of the bytes from {@code from} to {@code to}. */
    private String string(int from, int to) {
        return new String(utf8, from, to - from, StandardCharsets.UTF_8);
    }

    private void append(StringBuilder value, int from, int to) {
        value.append(string(from, to));
    }

    /** The 0-based column of {@code at} on the line at {@link #lineStart}, in characters (code points, as SnakeYAML counts). */
    private int column(int at) {
        int i = nonAsciiCursor;
        // Reading goes forward but for look-aheads, so the line's first entry is next to the last one.
        while (i > 0 && nonAscii[i - 1] >= lineStart) {
            i--;
        }
        while (i < nonAsciiCount && nonAscii[i] < lineStart) {
            i++;
        }
        nonAsciiCursor = i;
        int column = at - lineStart;
        for (; i < nonAsciiCount && nonAscii[i] < at; i++) {
            column -= Utf8.length(utf8[nonAscii[i]]) - 1;
        }
        return column;
    }

    private void skipSpaces() {
        while (pos < end && utf8[pos] == ' ') {
            pos++;
        }
    }

    private int countSpaces(int from) {
        int at = from;
        while (at < end && utf8[at] == ' ') {
            at++;
        }
        return at - from;
    }
}
