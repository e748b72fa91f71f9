package dev.openapiauth.fix;

import dev.openapiauth.core.source.Format;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one document with its lines, addressed the way the parser reports positions: Jackson
 * counts a JSON column in UTF-8 bytes, SnakeYAML and the block reader count a YAML column in code
 * points, and neither counts a byte order mark.
 */
final class SourceText {
    private final String text;
    private final Format format;
    private final int[] lineStarts;
    private final int bom;
    private final String newline;

    SourceText(String text, Format format) {
        this.text = text;
        this.format = format;
        this.bom = text.startsWith("\uFEFF") ? 1 : 0;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        newline = firstLineEnding(text);
    }

    String text() {
        return text;
    }

    Format format() {
        return format;
    }

    /** The line ending the document uses (its first one), for the lines a fix inserts. */
    String newline() {
        return newline;
    }

    private static String firstLineEnding(String text) {
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        if (cr >= 0 && (lf < 0 || cr < lf)) {
            return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line. */
    int lineStart(int line) {
        return line == 1 ? bom : lineStarts[line - 1];
    }

    /** Offset just past the last character of a line, before its line ending. */
    int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Offset just past a line's ending (the next line's start, or the end of the text). */
    int nextLineStart(int line) {
        return line < lineStarts.length ? lineStarts[line] : text.length();
    }

    /** Whether the text ends with a line ending. */
    boolean endsWithNewline() {
        return !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
    }

    String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** 1-based line of an offset. */
    int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /** Offset of a parser position. */
    int offset(int line, int column) {
        int offset = lineStart(line);
        int end = lineEnd(line);
        for (int counted = 1; counted < column && offset < end; ) {
            int codePoint = text.codePointAt(offset);
            counted += format == Format.JSON ? new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length : 1;
            offset += Character.charCount(codePoint);
        }
        return offset;
    }

    /** Spaces (and, in JSON, tabs) a line starts with. */
    String indentation(int line) {
        int start = lineStart(line);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || format == Format.JSON && text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
