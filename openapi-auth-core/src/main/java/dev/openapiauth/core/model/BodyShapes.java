package dev.openapiauth.core.model;

import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.load.SpecVersion;
import dev.openapiauth.core.source.CanonicalText;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.Place;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a response body, as clients meet it: each media type with the target of its schema
 * reference, or the canonical text of an inline schema. In Swagger 2.0 a response cannot choose its
 * media types (they are its operation's {@code produces}), so there the shape is the schema alone.
 * Operations share response and schema nodes through $ref: each schema is identified once.
 */
public final class BodyShapes {
    private final Map<Node, String> schemaIdentities = new IdentityHashMap<>();
    private final boolean mediaTypesCount;

    public BodyShapes(SpecVersion version) {
        this.mediaTypesCount = !version.isSwagger2();
    }

    /** The shape of a response's body; empty for a response without one. */
    public String of(Response response) {
        if (!mediaTypesCount) {
            return response.content().isEmpty() ? "" : schemaIdentity(response.content().get(0));
        }
        List<String> shapes = new ArrayList<>(response.content().size());
        for (MediaType type : response.content()) {
            shapes.add(type.name().toLowerCase(Locale.ROOT) + "=" + schemaIdentity(type));
        }
        shapes.sort(null);
        return String.join(";", shapes);
    }

    /** The reference target of the schema, or its canonical text when inline; a node always lies in the same file. */
    private String schemaIdentity(MediaType type) {
        Place schema = type.schema();
        if (schema == null) {
            return "";
        }
        String identity = schemaIdentities.get(schema.node());
        if (identity == null) {
            String target = RefResolver.targetOf(schema);
            identity = target != null ? target : CanonicalText.of(schema.node());
            schemaIdentities.put(schema.node(), identity);
        }
        return identity;
    }
}
