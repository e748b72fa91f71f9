package dev.openapiauth.probe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.source.ListNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body a POST, PUT or PATCH carries, so that a request is well-formed enough to reach the
 * authentication: the example the description gives for its JSON body (on the media type, in its
 * {@code examples}, or on the schema), else an empty JSON object.
 */
final class RequestBodies {
    private static final JsonFactory JSON = new JsonFactory();
    /** A media type as a header may carry it; anything else in a description is not sent. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");

    /** A body and its media type. */
    record Body(String mediaType, String text) {
    }

    private RequestBodies() {
    }

    static Body of(Operation operation, RequestValues given) {
        Place content = operation.place().child("requestBody") == null ? null : operation.place().child("requestBody").child("content");
        if (content != null) {
            for (Place media : content.children()) {
                if (media.name().toLowerCase(Locale.ROOT).contains("json") && MEDIA_TYPE.matcher(media.name()).matches()) {
                    Node example = example(media);
                    return new Body(media.name(), given.body() != null ? given.body() : example == null ? "{}" : json(example));
                }
            }
        }
        return new Body("application/json", given.body() != null ? given.body() : "{}");
    }

    private static Node example(Place media) {
        Place example = media.child("example");
        if (example != null) {
            return example.node();
        }
        Place examples = media.child("examples");
        if (examples != null) {
            for (Place named : examples.children()) {
                if (named.child("value") != null) {
                    return named.child("value").node();
                }
            }
        }
        Place schema = media.child("schema");
        Place schemaExample = schema == null ? null : schema.child("example");
        return schemaExample == null ? null : schemaExample.node();
    }

    private static String json(Node node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(node, json);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(Node node, JsonGenerator json) throws IOException {
        if (node instanceof MapNode map) {
            json.writeStartObject();
            for (Member member : map.members()) {
                json.writeFieldName(member.key());
                write(member.value(), json);
            }
            json.writeEndObject();
        } else if (node instanceof ListNode list) {
            json.writeStartArray();
            for (Node item : list.items()) {
                write(item, json);
            }
            json.writeEndArray();
        } else {
            ScalarNode scalar = (ScalarNode) node;
            switch (scalar.kind()) {
                case NULL -> json.writeNull();
                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(scalar.text()));
                case NUMBER -> json.writeNumber(scalar.text());
                case STRING -> json.writeString(scalar.text());
            }
        }
    }
}
