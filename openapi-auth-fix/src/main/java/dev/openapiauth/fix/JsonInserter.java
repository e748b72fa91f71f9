package dev.openapiauth.fix;

import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes members into a JSON object: one per line at the indentation of its other members when it
 * spreads over lines, on its line when it is written on one, and an empty object opened up over lines.
 */
final class JsonInserter implements Inserter {
    private final SourceText source;
    private final JsonWriter writer;

    JsonInserter(SourceText source, JsonWriter writer) {
        this.source = source;
        this.writer = writer;
    }

    @Override
    public TextEdit insert(Place parent, String before, List<NewMember> members) throws UneditableDescriptionException {
        if (!(parent.node() instanceof MapNode map)) {
            throw new UneditableDescriptionException("JSON value at line " + parent.line() + " is not an object: cannot add members to it in place");
        }
        String text = source.text();
        int open = source.offset(map.line(), map.column());
        int close = open < text.length() && text.charAt(open) == '{' ? FlowScanner.closing(text, open) : -1;
        if (close < 0) {
            throw new UneditableDescriptionException("no JSON object at line " + map.line() + ", column " + map.column());
        }
        List<Member> existing = map.members();
        int openLine = source.lineOf(open);
        if (existing.isEmpty()) {
            String outer = source.indentation(openLine);
            String inner = outer + writer.unit();
            StringBuilder added = new StringBuilder();
            for (NewMember member : members) {
                added.append(added.length() == 0 ? "" : ",").append(source.newline()).append(inner)
                        .append(writer.member(inner, member.key(), member.value()));
            }
            return edit(open + 1, added.append(source.newline()).append(outer).toString(), members);
        }
        Member first = existing.get(0);
        Member next = before == null ? null : map.member(before);
        if (first.line() == openLine && existing.get(existing.size() - 1).line() == openLine) {
            List<String> written = new ArrayList<>();
            for (NewMember member : members) {
                written.add(writer.inlineMember(member.key(), member.value()));
            }
            if (next != null) {
                return edit(source.offset(next.line(), next.column()), String.join(", ", written) + ", ", members);
            }
            return edit(endOfLastValue(open, close), ", " + String.join(", ", written), members);
        }
        String indent = source.indentation(first.line() != openLine ? first.line() : existing.get(existing.size() - 1).line());
        StringBuilder added = new StringBuilder();
        if (next != null) {
            for (NewMember member : members) {
                added.append(writer.member(indent, member.key(), member.value())).append(',').append(source.newline()).append(indent);
            }
            return edit(source.offset(next.line(), next.column()), added.toString(), members);
        }
        for (NewMember member : members) {
            added.append(',').append(source.newline()).append(indent).append(writer.member(indent, member.key(), member.value()));
        }
        return edit(endOfLastValue(open, close), added.toString(), members);
    }

    private int endOfLastValue(int open, int close) {
        int last = close - 1;
        while (last > open && Character.isWhitespace(source.text().charAt(last))) {
            last--;
        }
        return last + 1;
    }

    private TextEdit edit(int offset, String text, List<NewMember> members) {
        return TextEdit.of(source, offset, text, members);
    }
}
