package dev.openapiauth.fix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/** Writes new JSON members in a document's own layout: its indentation step and the spacing after its colons. */
final class JsonWriter {
    private static final ObjectMapper SCALARS = new ObjectMapper();

    private final String unit;
    private final String colon;
    private final String newline;

    JsonWriter(String unit, String colon, String newline) {
        this.unit = unit;
        this.colon = colon;
        this.newline = newline;
    }

    String unit() {
        return unit;
    }

    /** {@code "key": value}, the value spread over lines below {@code indent}. */
    String member(String indent, String key, JsonNode value) {
        return string(key) + colon + value(indent, value);
    }

    /** {@code "key": value} on one line, for an object written on one line. */
    String inlineMember(String key, JsonNode value) {
        return string(key) + colon + inline(value);
    }

    private String value(String indent, JsonNode value) {
        if (value.isObject() && !value.isEmpty()) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(newline).append(indent).append(unit).append(member(indent + unit, member.getKey(), member.getValue()))
                        .append(members.hasNext() ? "," : "");
            }
            return out.append(newline).append(indent).append('}').toString();
        }
        return inline(value);
    }

    private String inline(JsonNode value) {
        if (value.isObject()) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(inlineMember(member.getKey(), member.getValue())).append(members.hasNext() ? ", " : "");
            }
            return out.append('}').toString();
        }
        if (value.isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                out.append(inline(items.next())).append(items.hasNext() ? ", " : "");
            }
            return out.append(']').toString();
        }
        try {
            return SCALARS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON scalar always serialises", e);
        }
    }

    private static String string(String text) {
        try {
            return SCALARS.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }
}
