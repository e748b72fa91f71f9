package dev.openapiauth.generate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.model.BodyShapes;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a description already uses for its errors, so that the contract references it instead of
 * adding a second, different one beside it (which {@code inconsistent-auth-error-schema} would report).
 * Where existing 401s (403s) have bodies, the shape most of them have (the norm the lint measures
 * by): the response component with that shape most of them reference, else the one without a body
 * most of them reference (the lint compares bodies only), else a new component with that body copied. Where none has a body: the component most of them reference; else one named for the
 * status ({@code Unauthorized}, {@code UnauthorizedError}, {@code Forbidden}…); else a new component
 * whose body is the schema most 4xx responses share, or the RFC 9457 problem when none is shared.
 */
final class ExistingErrorContract {
    private final SecurityModel model;
    private final SourceFile entry;
    private final boolean swagger2;

    ExistingErrorContract(SecurityModel model) {
        this.model = model;
        this.entry = model.entry();
        this.swagger2 = model.version().isSwagger2();
    }

    /** How a response for a status is provided: an existing component, or a new one with this body (null: the problem). */
    record Choice(Place component, int references, JsonNode body, String bodySource) {
    }

    Choice choose(String status) {
        BodyShapes shapes = new BodyShapes(model.version());
        Map<String, Integer> shapeUses = new LinkedHashMap<>();
        Map<Place, Integer> components = new LinkedHashMap<>();
        Map<Place, String> componentShapes = new LinkedHashMap<>();
        Map<String, Place> inlineBodies = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            Response response = operation.response(status);
            if (response == null || response.definition() == null) {
                continue;
            }
            Place definition = response.definition();
            String shape = shapes.of(response);
            if (!shape.isEmpty()) {
                shapeUses.merge(shape, 1, Integer::sum);
            }
            if (RefResolver.isRef(response.key()) && isResponseComponent(definition)) {
                components.merge(definition, 1, Integer::sum);
                componentShapes.put(definition, shape);
            } else if (!shape.isEmpty() && definition.file().uri().equals(entry.uri())) {
                inlineBodies.putIfAbsent(shape, body(definition));
            }
        }
        // The shape most existing responses have is the norm the lint measures the others by.
        String norm = mostUsed(shapeUses);
        // A component without a body fits any norm (the lint compares bodies only): second choice.
        Place component = mostUsedWithShape(components, componentShapes, norm);
        if (component == null && norm != null) {
            component = mostUsedWithShape(components, componentShapes, "");
        }
        if (component != null) {
            return new Choice(component, components.get(component), null, null);
        }
        if (norm != null && inlineBodies.containsKey(norm)) {
            return new Choice(null, 0, JsonTrees.of(inlineBodies.get(norm).node()), "the shape of " + shapeUses.get(norm)
                    + " existing " + status + (shapeUses.get(norm) == 1 ? " response" : " responses"));
        }
        Place named = norm == null ? namedComponent(status) : null;
        if (named != null) {
            return new Choice(named, 0, null, null);
        }
        return sharedErrorSchema();
    }

    /** The component most responses reference among those of a shape (any shape when null), or null. */
    private static Place mostUsedWithShape(Map<Place, Integer> components, Map<Place, String> shapes, String shape) {
        Map<Place, Integer> candidates = new LinkedHashMap<>();
        for (Map.Entry<Place, Integer> component : components.entrySet()) {
            if (shape == null || shape.equals(shapes.get(component.getKey()))) {
                candidates.put(component.getKey(), component.getValue());
            }
        }
        return mostUsed(candidates);
    }

    /** The {@code #/components/headers} entry named WWW-Authenticate, in any case, or null. */
    Place challengeHeaderComponent() {
        Place headers = swagger2 ? null : child(Place.root(entry), "components", "headers");
        if (headers != null) {
            for (Place header : headers.children()) {
                if (header.name().equalsIgnoreCase("WWW-Authenticate")) {
                    return header;
                }
            }
        }
        return null;
    }

    /** The schema component named Problem or ProblemDetails, in any case, or null. */
    Place problemSchemaComponent() {
        Place schemas = swagger2 ? child(Place.root(entry), "definitions") : child(Place.root(entry), "components", "schemas");
        if (schemas != null) {
            for (Place schema : schemas.children()) {
                String name = schema.name().toLowerCase(Locale.ROOT);
                if (name.equals("problem") || name.equals("problemdetails")) {
                    return schema;
                }
            }
        }
        return null;
    }

    /** A new component's body: the schema (with its media type) most 4xx responses reference, when at least two share it. */
    private Choice sharedErrorSchema() {
        Map<String, Integer> uses = new LinkedHashMap<>();
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            for (Response response : operation.byStatus().values()) {
                if (!isClientError(response.status()) || response.definition() == null) {
                    continue;
                }
                Place body = body(response.definition());
                JsonNode shared = body == null ? null : sharedBody(body);
                if (shared != null) {
                    String key = shared.toString();
                    uses.merge(key, 1, Integer::sum);
                    bodies.putIfAbsent(key, shared);
                }
            }
        }
        String most = mostUsed(uses);
        if (most == null || uses.get(most) < 2) {
            return new Choice(null, 0, null, null);
        }
        JsonNode body = bodies.get(most);
        return new Choice(null, 0, body, body.findValue("$ref").asText() + ", which " + uses.get(most) + " 4xx responses share");
    }

    /**
     * The body rebuilt with its schema referenced from the entry document, when it has exactly one
     * media type whose schema is a reference to a local file; else null.
     */
    private JsonNode sharedBody(Place body) {
        Place schema = swagger2 ? body : single(body);
        String target = schema == null ? null : RefResolver.targetOf(schema);
        if (target == null || !target.startsWith("file:")) {
            return null;
        }
        ObjectNode reference = References.to(entry, target);
        if (swagger2) {
            return reference;
        }
        ObjectNode content = JsonTrees.NODES.objectNode();
        content.putObject(body.children().get(0).name()).set("schema", reference);
        return content;
    }

    private static Place single(Place content) {
        if (content.children().size() != 1) {
            return null;
        }
        return content.children().get(0).child("schema");
    }

    private Place namedComponent(String status) {
        Place responses = swagger2 ? child(Place.root(entry), "responses") : child(Place.root(entry), "components", "responses");
        if (responses == null) {
            return null;
        }
        for (Place response : responses.children()) {
            if (response.isMap() && namedFor(response.name(), status)) {
                return response;
            }
        }
        return null;
    }

    private static boolean namedFor(String name, String status) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(status)) {
            return true;
        }
        return status.equals("401") ? lower.contains("unauthori") || lower.contains("unauthenticated")
                : status.equals("403") && lower.contains("forbidden");
    }

    /** The body of a response: its content (OpenAPI 3) or schema (Swagger 2.0), or null. */
    private Place body(Place definition) {
        Place body = definition.child(swagger2 ? "schema" : "content");
        return body != null && body.isMap() && !body.children().isEmpty() ? body : null;
    }

    private boolean isResponseComponent(Place definition) {
        String prefix = swagger2 ? "/responses/" : "/components/responses/";
        return definition.pointer().startsWith(prefix) && definition.pointer().indexOf('/', prefix.length()) < 0;
    }

    private static boolean isClientError(String status) {
        return status.length() == 3 && status.charAt(0) == '4'
                && (status.substring(1).equals("XX") || Character.isDigit(status.charAt(1)) && Character.isDigit(status.charAt(2)));
    }

    private static <K> K mostUsed(Map<K, Integer> counts) {
        K most = null;
        int best = 0;
        for (Map.Entry<K, Integer> count : counts.entrySet()) {
            if (count.getValue() > best) {
                most = count.getKey();
                best = count.getValue();
            }
        }
        return most;
    }

    private static Place child(Place place, String... keys) {
        Place current = place;
        for (String key : keys) {
            current = current == null ? null : current.child(key);
        }
        return current != null && current.isMap() ? current : null;
    }
}
