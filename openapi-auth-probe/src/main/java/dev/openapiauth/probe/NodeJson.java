package dev.openapiauth.probe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.core.source.ListNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.ScalarNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** A located tree as JSON text: a request body from an example, or a description for a validator that reads files. */
final class NodeJson {
    private static final JsonFactory JSON = new JsonFactory();
    /** A YAML number JSON cannot write as one ({@code 0x1F}, {@code 1_000}, {@code .inf}) is written as its text. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private NodeJson() {
    }

    static String of(Node node) {
        return of(node, UnaryOperator.identity());
    }

    /** @param refs what the text of each {@code $ref} member is written as */
    static String of(Node node, UnaryOperator<String> refs) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(node, json, refs);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(Node node, JsonGenerator json, UnaryOperator<String> refs) throws IOException {
        if (node instanceof MapNode map) {
            json.writeStartObject();
            for (Member member : map.members()) {
                json.writeFieldName(member.key());
                if (member.key().equals("$ref") && member.value() instanceof ScalarNode ref && ref.kind() == ScalarNode.Kind.STRING) {
                    json.writeString(refs.apply(ref.text()));
                } else {
                    write(member.value(), json, refs);
                }
            }
            json.writeEndObject();
        } else if (node instanceof ListNode list) {
            json.writeStartArray();
            for (Node item : list.items()) {
                write(item, json, refs);
            }
            json.writeEndArray();
        } else {
            ScalarNode scalar = (ScalarNode) node;
            switch (scalar.kind()) {
                case NULL -> json.writeNull();
                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(scalar.text()));
                case NUMBER -> {
                    if (JSON_NUMBER.matcher(scalar.text()).matches()) {
                        json.writeNumber(scalar.text());
                    } else {
                        json.writeString(scalar.text());
                    }
                }
                case STRING -> json.writeString(scalar.text());
            }
        }
    }
}
