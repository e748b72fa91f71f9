package dev.openapiauth.fix;

import dev.openapiauth.core.source.SourceFile;
import dev.openapiauth.generate.contract.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * A fix as code review shows it: one line of the original replaced by itself with the fix's text
 * inserted, so that a suggested change sits on a line the author already has. Text inserted at the
 * start of a line goes with the line above it, where the entry it continues ends.
 *
 * @param line     1-based line of the original replaced, with its line ending
 * @param replaced that line as it was, with its line ending (none on a last line without one); on
 *                 the first line with the byte order mark, if the file has one
 * @param text     what replaces it
 * @param causes   why, one per member the inserted text writes
 */
public record LineChange(SourceFile source, int line, String replaced, String text, List<Cause> causes) {

    /** The changes that together turn a file's original into its fix, in line order. */
    public static List<LineChange> of(InPlaceFix.FileFix fix) {
        SourceText original = new SourceText(fix.original(), fix.source().format());
        List<LineChange> changes = new ArrayList<>();
        int i = 0;
        List<TextEdit> edits = fix.edits();
        while (i < edits.size()) {
            int line = hostLine(original, edits.get(i).offset());
            int start = line == 1 ? 0 : original.lineStart(line);
            int end = original.nextLineStart(line);
            StringBuilder text = new StringBuilder();
            List<Cause> causes = new ArrayList<>();
            int copied = start;
            while (i < edits.size() && hostLine(original, edits.get(i).offset()) == line) {
                TextEdit edit = edits.get(i++);
                text.append(fix.original(), copied, edit.offset()).append(edit.text());
                copied = edit.offset();
                causes.addAll(edit.causes());
            }
            text.append(fix.original(), copied, end);
            changes.add(new LineChange(fix.source(), line, fix.original().substring(start, end), text.toString(), List.copyOf(causes)));
        }
        return List.copyOf(changes);
    }

    private static int hostLine(SourceText original, int offset) {
        int line = original.lineOf(offset);
        return line > 1 && offset == original.lineStart(line) ? line - 1 : line;
    }
}
