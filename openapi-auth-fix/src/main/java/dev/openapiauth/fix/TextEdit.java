package dev.openapiauth.fix;

import dev.openapiauth.generate.contract.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * Text inserted at one place of a document; nothing is ever deleted.
 *
 * @param offset where, in characters of the original text
 * @param line   the 1-based line of that place
 * @param column the 1-based column of that place, in characters
 * @param causes why: one per member it writes
 */
public record TextEdit(int offset, int line, int column, String text, List<Cause> causes) {

    static TextEdit of(SourceText source, int offset, String text, List<NewMember> members) {
        List<Cause> causes = new ArrayList<>();
        for (NewMember member : members) {
            causes.add(member.cause());
        }
        int line = source.lineOf(offset);
        return new TextEdit(offset, line, offset - source.lineStart(line) + 1, text, causes);
    }
}
