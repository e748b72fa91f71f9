package dev.openapiauth.generate.contract;

import static dev.openapiauth.generate.contract.JsonTrees.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The components of the standard error contract, as they are written into a description: an RFC 9457
 * problem schema, the {@code WWW-Authenticate} header, and the Unauthorized, Forbidden and BadRequest responses.
 * Swagger 2.0 has no reusable headers, so there the header is written inline.
 */
final class ErrorContract {
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private final Map<String, List<String>> challenges;
    private final boolean swagger2;

    ErrorContract(Map<String, List<String>> challenges, boolean swagger2) {
        this.challenges = challenges;
        this.swagger2 = swagger2;
    }

    ObjectNode problem() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "Problem details for HTTP APIs (RFC 9457).");
        ObjectNode properties = schema.putObject("properties");
        property(properties, "type", "string", "A URI reference that identifies the problem type.").put("default", "about:blank");
        property(properties, "title", "string", "A short, human-readable summary of the problem type.");
        property(properties, "status", "integer", "The HTTP status code of this occurrence of the problem.")
                .put("minimum", 100).put("maximum", 599);
        property(properties, "detail", "string", "A human-readable explanation specific to this occurrence.");
        property(properties, "instance", "string", "A URI reference that identifies this occurrence.");
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode property(ObjectNode properties, String name, String type, String description) {
        ObjectNode property = properties.putObject(name);
        property.put("type", type);
        property.put("description", description);
        return property;
    }

    /** The header object: a component in OpenAPI 3, inline in a Swagger 2.0 response. */
    ObjectNode header() {
        ObjectNode header = NODES.objectNode();
        header.put("description", description());
        if (swagger2) {
            header.put("type", "string");
        } else {
            header.put("required", true);
            header.putObject("schema").put("type", "string");
        }
        if (!challenges.isEmpty()) {
            header.put(swagger2 ? "x-example" : "example", String.join(", ", challenges.keySet()));
        }
        return header;
    }

    private String description() {
        if (challenges.isEmpty()) {
            return "Challenges for the schemes this API accepts (RFC 9110 §11.6.1). No declared scheme has an HTTP challenge.";
        }
        return "Challenges for the schemes this API accepts (RFC 9110 §11.6.1), one per scheme: "
                + challenges.entrySet().stream()
                        .map(e -> "`" + e.getKey() + "` (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining("; "))
                + ".";
    }

    /** The body of a response that carries the problem: its {@code content} (OpenAPI 3) or {@code schema} (Swagger 2.0). */
    JsonNode problemBody(String problemRef) {
        ObjectNode schema = NODES.objectNode().put("$ref", problemRef);
        if (swagger2) {
            return schema;
        }
        ObjectNode content = NODES.objectNode();
        content.putObject(PROBLEM_MEDIA_TYPE).set("schema", schema);
        return content;
    }

    /** @param body the response's {@code content} (OpenAPI 3) or {@code schema} (Swagger 2.0) */
    ObjectNode unauthorized(String headerRef, JsonNode body) {
        return withChallenges("The request lacks valid credentials for the target resource (RFC 9110 §15.5.2).",
                headerRef, body);
    }

    ObjectNode badRequest(String headerRef, JsonNode body) {
        return withChallenges("The request is malformed, for example an access token sent in more than one place "
                + "(RFC 6750 §3.1: error=\"invalid_request\").", headerRef, body);
    }

    private ObjectNode withChallenges(String description, String headerRef, JsonNode body) {
        ObjectNode response = NODES.objectNode();
        response.put("description", description);
        ObjectNode headers = response.putObject("headers");
        if (swagger2) {
            headers.set("WWW-Authenticate", header());
        } else {
            headers.putObject("WWW-Authenticate").put("$ref", headerRef);
        }
        response.set(swagger2 ? "schema" : "content", body);
        return response;
    }

    ObjectNode forbidden(JsonNode body) {
        ObjectNode response = NODES.objectNode();
        response.put("description", "The credentials are valid but do not grant access to the target resource (RFC 9110 §15.5.4).");
        response.set(swagger2 ? "schema" : "content", body);
        return response;
    }
}
