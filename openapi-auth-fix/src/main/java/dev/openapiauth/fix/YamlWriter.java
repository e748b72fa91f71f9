package dev.openapiauth.fix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes new YAML members in a document's own style: its indentation step and the quote it puts
 * around strings that cannot stay plain.
 */
final class YamlWriter {
    /** Plain words some YAML reader takes for something other than a string (YAML 1.1 booleans and nulls). */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private final String unit;
    private final char quote;
    private final boolean quotesReferences;
    private final String newline;

    /** @param quotesReferences whether the document quotes its {@code $ref} values even where plain would do */
    YamlWriter(String unit, char quote, boolean quotesReferences, String newline) {
        this.unit = unit;
        this.quote = quote;
        this.quotesReferences = quotesReferences;
        this.newline = newline;
    }

    String unit() {
        return unit;
    }

    /** How a new key is written: as its neighbours write theirs. */
    enum KeyStyle { AUTOMATIC, PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED }

    /** A block member at {@code indent}, one line per entry. */
    String blockMember(String indent, String key, KeyStyle style, JsonNode value) {
        StringBuilder out = new StringBuilder();
        out.append(indent).append(key(key, style, false)).append(':');
        if (value.isObject() && !value.isEmpty()) {
            out.append(newline);
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(blockMember(indent + unit, member.getKey(), KeyStyle.AUTOMATIC, member.getValue()));
            }
            return out.toString();
        }
        String written = value.isTextual() ? scalar(key, value.asText(), false) : flow(value);
        return out.append(' ').append(written).append(newline).toString();
    }

    /** A block member whose value is written in flow on the key's line, as its neighbours are: {@code '401': {$ref: …}}. */
    String oneLineMember(String indent, String key, KeyStyle style, JsonNode value) {
        return indent + key(key, style, false) + ": " + flow(value) + newline;
    }

    /** A flow member: {@code key: value} on one line, for a flow mapping. */
    String flowMember(String key, KeyStyle style, JsonNode value) {
        return key(key, style, true) + ": " + (value.isTextual() ? scalar(key, value.asText(), true) : flow(value));
    }

    private String key(String key, KeyStyle style, boolean inFlow) {
        return switch (style) {
            case AUTOMATIC -> scalar(key, inFlow);
            case PLAIN -> key;
            case SINGLE_QUOTED -> quoted(key, '\'');
            case DOUBLE_QUOTED -> quoted(key, '"');
        };
    }

    private String flow(JsonNode value) {
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(out.length() > 1 ? ", " : "").append(flowMember(member.getKey(), KeyStyle.AUTOMATIC, member.getValue()));
            }
            return out.append('}').toString();
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (JsonNode item : value) {
                out.append(out.length() > 1 ? ", " : "").append(flow(item));
            }
            return out.append(']').toString();
        }
        if (value.isTextual()) {
            return scalar(value.asText(), true);
        }
        return value.isNull() ? "null" : value.asText();
    }

    /** A string, plain when YAML reads it back as the same string, else quoted. */
    private String scalar(String text, boolean inFlow) {
        return isPlainSafe(text, inFlow) ? text : quoted(text, quote);
    }

    /** A member's string value: a reference quoted as the document quotes its references. */
    private String scalar(String key, String text, boolean inFlow) {
        return key.equals("$ref") && quotesReferences ? quoted(text, quote) : scalar(text, inFlow);
    }

    private static String quoted(String text, char quote) {
        boolean printable = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            printable &= c >= ' ' && c != '\u007f';
        }
        if (quote == '\'' && printable) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ' || c == '\u007f') {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Plain only where no reader can take it for anything else: it starts with a letter or {@code $} (so it
     * is no number, null, indicator or document marker), is no reserved word, and holds no comment or key separator.
     */
    static boolean isPlainSafe(String text, boolean inFlow) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0)) && text.charAt(0) != '$' || text.charAt(text.length() - 1) == ' '
                || text.endsWith(":") || text.contains(": ") || text.contains(" #")
                || RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u007f' || c == '\uFEFF' || inFlow && ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
