package dev.openapiauth.lint.finding;

/**
 * A change that fixes a finding, as reviewers apply it: whole lines replaced, so that a code review
 * can show it as a suggested change on the lines it touches.
 *
 * @param finding   the finding it fixes; null for a change in a file where no finding sits (a shared
 *                  component that findings in other files need)
 * @param file      the file, named as findings name it
 * @param startLine the first line replaced, 1-based
 * @param endLine   the last line replaced, with its line ending when {@code replaced} has one
 * @param replaced  the text replaced
 * @param text      the text that replaces it, with the replaced lines' last line ending
 */
public record Suggestion(Finding finding, String file, int startLine, int endLine, String replaced, String text) {

    public Suggestion {
        if (!text.endsWith(lineEnding(replaced))) {
            throw new IllegalArgumentException("a replacement of whole lines keeps the line ending of the last one");
        }
    }

    /** Whether the replaced lines end with a line ending (all but a last line without one do). */
    public boolean endsWithLineEnding() {
        return endsWithLineEnding(replaced);
    }

    /** The replacement as whole-line formats take it: the line ending the replaced lines keep is not part of it. */
    public String textWithoutLastLineEnding() {
        return text.substring(0, text.length() - lineEnding(replaced).length());
    }

    private static String lineEnding(String lines) {
        return lines.endsWith("\r\n") ? "\r\n" : endsWithLineEnding(lines) ? lines.substring(lines.length() - 1) : "";
    }

    private static boolean endsWithLineEnding(String lines) {
        return lines.endsWith("\n") || lines.endsWith("\r");
    }

    /** The last replaced line without its line ending. */
    public String lastLine() {
        String text = replaced;
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int start = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
        return text.substring(start, end);
    }
}
