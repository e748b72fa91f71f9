package dev.openapiauth.probe;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.Place;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body a POST, PUT or PATCH carries, so that a request is well-formed enough to reach the
 * authentication: the example the description gives for its JSON body (on the media type, in its
 * {@code examples}, or on the schema), else an empty JSON object.
 */
final class RequestBodies {
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
                    return new Body(media.name(), given.body() != null ? given.body() : example == null ? "{}" : NodeJson.of(example));
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
}
