package dev.openapiauth.fix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes members into a YAML mapping: into a block mapping as whole lines at its indentation, after
 * its last entry (before any comment or blank line that follows it) or before the entry they sort
 * before; into a flow mapping inside its braces; under a key with an empty value as a new block.
 */
final class YamlInserter implements Inserter {
    private final SourceText source;
    private final YamlWriter writer;

    YamlInserter(SourceText source, YamlWriter writer) {
        this.source = source;
        this.writer = writer;
    }

    @Override
    public TextEdit insert(Place parent, String before, List<NewMember> members) throws UneditableDescriptionException {
        if (parent.node() instanceof ScalarNode empty) {
            return intoEmptyValue(parent, empty, members);
        }
        MapNode map = (MapNode) parent.node();
        int start = source.offset(map.line(), map.column());
        if (map.members().isEmpty() || flowStart(start) >= 0) {
            return intoFlow(parent, flowStart(start), before, members);
        }
        return intoBlock(map, before, members);
    }

    private TextEdit intoBlock(MapNode map, String before, List<NewMember> members) {
        List<Member> existing = map.members();
        String indent = " ".repeat(existing.get(0).column() - 1);
        YamlWriter.KeyStyle style = keyStyle(existing);
        int offset;
        boolean newlineFirst = false;
        Member next = before == null ? null : map.member(before);
        if (next != null && source.indentation(next.line()).length() == next.column() - 1) {
            int line = next.line();
            while (line > 1 && isComment(line - 1) && source.indentation(line - 1).length() == indent.length()) {
                line--;
            }
            offset = source.lineStart(line);
        } else {
            int last = lastContentLine(existing.get(existing.size() - 1).line(), indent.length());
            offset = source.nextLineStart(last);
            newlineFirst = last == source.lineCount() && !source.endsWithNewline();
        }
        boolean oneLine = entriesOnOneLine(existing);
        StringBuilder text = new StringBuilder();
        for (NewMember member : members) {
            YamlWriter.KeyStyle keyStyle = styleFor(style, member.key());
            text.append(oneLine && isFlat(member) ? writer.oneLineMember(indent, member.key(), keyStyle, member.value())
                    : writer.blockMember(indent, member.key(), keyStyle, member.value()));
        }
        return edit(offset, newlineFirst ? source.newline() + chopNewline(text.toString()) : text.toString(), members);
    }

    /** Whether every entry is a flow mapping on its key's line, as in {@code '200': {description: ok}}. */
    private boolean entriesOnOneLine(List<Member> entries) {
        for (Member entry : entries) {
            if (!(entry.value() instanceof MapNode value) || value.line() != entry.line()) {
                return false;
            }
            int open = flowStart(source.offset(value.line(), value.column()));
            int close = open < 0 ? -1 : FlowScanner.closing(source.text(), open);
            if (close < 0 || source.lineOf(close) != entry.line()) {
                return false;
            }
        }
        return true;
    }

    /** A member short enough for one line: a mapping of scalars, such as a reference. */
    private static boolean isFlat(NewMember member) {
        if (!member.value().isObject()) {
            return false;
        }
        for (JsonNode value : member.value()) {
            if (value.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private TextEdit intoEmptyValue(Place member, ScalarNode empty, List<NewMember> members) throws UneditableDescriptionException {
        if (!empty.text().isEmpty() || empty.line() != member.line()) {
            throw new UneditableDescriptionException(source.format() + " value at line " + member.line() + " is '" + empty.text()
                    + "', not empty: cannot add members to it in place");
        }
        String indent = " ".repeat(member.column() - 1) + writer.unit();
        StringBuilder text = new StringBuilder();
        for (NewMember added : members) {
            text.append(writer.blockMember(indent, added.key(), YamlWriter.KeyStyle.AUTOMATIC, added.value()));
        }
        int line = member.line();
        boolean newlineFirst = line == source.lineCount() && !source.endsWithNewline();
        return edit(source.nextLineStart(line), newlineFirst ? source.newline() + chopNewline(text.toString()) : text.toString(),
                members);
    }

    private TextEdit intoFlow(Place parent, int open, String before, List<NewMember> members) throws UneditableDescriptionException {
        if (open < 0) {
            throw new UneditableDescriptionException("no flow mapping at line " + parent.line() + ": cannot add members to it in place");
        }
        MapNode map = (MapNode) parent.node();
        YamlWriter.KeyStyle style = keyStyle(map.members());
        List<String> written = new ArrayList<>();
        for (NewMember member : members) {
            written.add(writer.flowMember(member.key(), styleFor(style, member.key()), member.value()));
        }
        Member next = before == null ? null : map.member(before);
        if (next != null) {
            return edit(source.offset(next.line(), next.column()), String.join(", ", written) + ", ", members);
        }
        int close = FlowScanner.closing(source.text(), open);
        if (close < 0) {
            throw new UneditableDescriptionException("flow mapping at line " + parent.line() + " has no closing brace");
        }
        int last = close - 1;
        while (last > open && Character.isWhitespace(source.text().charAt(last))) {
            last--;
        }
        char previous = source.text().charAt(last);
        String separator = previous == '{' ? "" : previous == ',' ? " " : ", ";
        return edit(last + 1, separator + String.join(", ", written), members);
    }

    /** Offset of the brace a flow mapping starts with, after any anchor or tag; -1 for a block mapping. */
    private int flowStart(int start) {
        String text = source.text();
        int at = start;
        while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at < text.length() && text.charAt(at) == '{' ? at : -1;
    }

    /**
     * The last line of a block mapping's last entry that holds its content: the entry continues while
     * lines are indented deeper than the mapping, or start a sequence entry at its indentation, or
     * belong to a block scalar; comments and blank lines after the content belong to what follows,
     * except the blank lines a keeping block scalar ({@code |+}) holds.
     */
    private int lastContentLine(int entryLine, int indent) {
        int last = entryLine;
        int scalarOwner = blockScalarStarts(entryLine) ? source.indentation(entryLine).length() : -1;
        boolean keeping = scalarOwner >= 0 && keepsTrailingLines(entryLine);
        for (int line = entryLine + 1; line <= source.lineCount(); line++) {
            String text = source.line(line);
            boolean blank = text.isBlank();
            int lineIndent = source.indentation(line).length();
            if (scalarOwner >= 0) {
                if (blank) {
                    if (keeping) {
                        last = line;
                    }
                    continue;
                }
                if (lineIndent > scalarOwner) {
                    last = line;
                    continue;
                }
                scalarOwner = -1;
            }
            if (blank || isComment(line)) {
                continue;
            }
            if (lineIndent == 0 && (text.startsWith("---") || text.startsWith("..."))) {
                break;
            }
            boolean sequenceEntry = text.startsWith("-", lineIndent)
                    && (text.length() == lineIndent + 1 || text.charAt(lineIndent + 1) == ' ');
            if (lineIndent < indent || lineIndent == indent && !sequenceEntry) {
                break;
            }
            last = line;
            if (blockScalarStarts(line)) {
                scalarOwner = lineIndent;
                keeping = keepsTrailingLines(line);
            }
        }
        return last;
    }

    private boolean isComment(int line) {
        return source.line(line).trim().startsWith("#");
    }

    /** Whether a line ends in a block scalar header ({@code key: |}, {@code - >-}, {@code key: &a |2}). */
    private boolean blockScalarStarts(int line) {
        String header = header(line);
        return header != null;
    }

    private boolean keepsTrailingLines(int line) {
        String header = header(line);
        return header != null && header.indexOf('+') >= 0;
    }

    private String header(int line) {
        String text = withoutComment(source.line(line)).stripTrailing();
        int start = text.length();
        while (start > 0 && "0123456789+-".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        if (start == 0 || text.charAt(start - 1) != '|' && text.charAt(start - 1) != '>') {
            return null;
        }
        String header = text.substring(start - 1);
        String before = text.substring(0, start - 1).stripTrailing();
        int tokenStart = before.lastIndexOf(' ') + 1;
        String token = before.substring(tokenStart);
        boolean owned = before.endsWith(":") || token.equals("-") || token.startsWith("&") || token.startsWith("!");
        return owned && (before.length() < start - 1) ? header : null;
    }

    /** The line without a trailing {@code #} comment outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** How the existing keys are quoted: the style most of them use. */
    private YamlWriter.KeyStyle keyStyle(List<Member> members) {
        int single = 0;
        int doubled = 0;
        int plain = 0;
        for (Member member : members) {
            int at = source.offset(member.line(), member.column());
            char first = at < source.text().length() ? source.text().charAt(at) : ' ';
            if (first == '\'') {
                single++;
            } else if (first == '"') {
                doubled++;
            } else {
                plain++;
            }
        }
        if (single + doubled + plain == 0) {
            return YamlWriter.KeyStyle.AUTOMATIC;
        }
        return single >= doubled && single >= plain ? YamlWriter.KeyStyle.SINGLE_QUOTED
                : doubled >= plain ? YamlWriter.KeyStyle.DOUBLE_QUOTED : YamlWriter.KeyStyle.PLAIN;
    }

    /** A plain key only where it reads back as the same text key: a word, or a status code beside plain status codes. */
    private static YamlWriter.KeyStyle styleFor(YamlWriter.KeyStyle siblings, String key) {
        if (siblings != YamlWriter.KeyStyle.PLAIN) {
            return siblings;
        }
        boolean status = key.length() == 3 && key.chars().allMatch(c -> Character.isDigit(c) || c == 'X');
        return status || YamlWriter.isPlainSafe(key, false) ? YamlWriter.KeyStyle.PLAIN : YamlWriter.KeyStyle.AUTOMATIC;
    }

    private static String chopNewline(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private TextEdit edit(int offset, String text, List<NewMember> members) {
        return TextEdit.of(source, offset, text, members);
    }
}
