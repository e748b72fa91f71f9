package dev.openapiauth.probe;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request target of an operation as a client would send it: path parameters and required query
 * parameters filled from the credentials file's values for the operation, else the description's
 * examples, defaults or enums, else a value of their type, so that a request is well-formed enough to
 * reach the authentication in front of the operation. What a request line cannot carry in a literal
 * part of the path (spaces, line breaks, non-ASCII, {@code ?}, {@code #}) is percent-encoded.
 */
final class RequestTargets {
    private static final String UUID = "00000000-0000-4000-8000-000000000000";

    private RequestTargets() {
    }

    /** The operation's path with its parameters filled in, below {@code basePath} (no trailing slash). */
    static String path(String basePath, Operation operation, RequestValues given) {
        Map<String, String> values = values(operation, "path");
        values.putAll(given.path());
        StringBuilder path = new StringBuilder(basePath);
        String template = operation.path();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                path.append(PercentEncoding.encode(template.substring(at), PercentEncoding.PATH_LITERAL));
                break;
            }
            path.append(PercentEncoding.encode(template.substring(at, open), PercentEncoding.PATH_LITERAL));
            String name = template.substring(open + 1, close);
            path.append(PercentEncoding.encode(values.getOrDefault(name, "1")));
            at = close + 1;
        }
        return path.toString();
    }

    /** The required query parameters as {@code a=1&b=x}, or empty. */
    static String query(Operation operation, RequestValues given) {
        List<String> parts = new ArrayList<>();
        Map<String, String> values = values(operation, "query");
        values.putAll(given.query());
        for (Map.Entry<String, String> parameter : values.entrySet()) {
            parts.add(PercentEncoding.encode(parameter.getKey()) + "=" + PercentEncoding.encode(parameter.getValue()));
        }
        return String.join("&", parts);
    }

    /** Parameters of the path item, then of the operation (which override them), that are required or in the path. */
    private static Map<String, String> values(Operation operation, String in) {
        Map<String, String> values = new LinkedHashMap<>();
        Place pathItem = parent(operation.place());
        for (Place owner : pathItem == null ? List.of(operation.place()) : List.of(pathItem, operation.place())) {
            Place parameters = owner.child("parameters");
            if (parameters == null || !parameters.isList()) {
                continue;
            }
            for (Place parameter : parameters.items()) {
                String name = parameter.text("name");
                boolean required = "true".equals(parameter.text("required")) || "path".equals(in);
                if (name != null && in.equals(parameter.text("in")) && required) {
                    values.put(name, value(parameter));
                }
            }
        }
        return values;
    }

    private static String value(Place parameter) {
        Place schema = parameter.child("schema");
        Place typed = schema != null && schema.isMap() ? schema : parameter;
        for (Place candidate : new Place[] {parameter.child("example"), typed.child("example"), typed.child("default")}) {
            if (candidate != null && candidate.node() instanceof ScalarNode scalar && !scalar.text().isEmpty()) {
                return scalar.text();
            }
        }
        Place values = typed.child("enum");
        if (values != null && values.isList() && !values.items().isEmpty() && values.items().get(0).node() instanceof ScalarNode first) {
            return first.text();
        }
        if ("uuid".equals(typed.text("format"))) {
            return UUID;
        }
        return "boolean".equals(typed.text("type")) ? "true" : "1";
    }

    private static Place parent(Place place) {
        int slash = place.pointer().lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        Place at = Place.root(place.file());
        for (String segment : place.pointer().substring(1, slash).split("/")) {
            at = at == null ? null : at.child(JsonPointer.unescape(segment));
        }
        return at;
    }
}
