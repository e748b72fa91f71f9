package dev.openapiauth.core.model;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the security-relevant parts of a loaded description into a {@link SecurityModel}. */
public final class SecurityModelBuilder {
    /** Extension that suppresses rules on the root, a path item or an operation. */
    public static final String IGNORE_EXTENSION = "x-openapi-auth-ignore";

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final List<String> SWAGGER_2_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");
    private static final List<String> SWAGGER_2_DEFAULT_PRODUCES = List.of("*/*");

    private final LoadedSpec spec;
    private final ModelOptions options;
    private final RefResolver resolver;
    private final Place root;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();
    /** What an operation without its own {@code security} inherits: one object shared by all of them. */
    private EffectiveSecurity rootSecurity;
    private Set<String> rootIgnored;

    private SecurityModelBuilder(LoadedSpec spec, ModelOptions options) {
        this.spec = spec;
        this.options = options;
        this.resolver = spec.resolver();
        this.root = Place.root(spec.entry());
    }

    public static SecurityModel build(LoadedSpec spec, ModelOptions options) {
        return new SecurityModelBuilder(spec, options).build();
    }

    private SecurityModel build() {
        Map<String, SecurityScheme> schemes = schemes();
        List<Requirement> rootRequirements = requirements(root.child("security"), problems);
        rootSecurity = rootRequirements == null ? null : new EffectiveSecurity(rootRequirements);
        rootIgnored = ignored(root);
        Place paths = root.child("paths");
        if (paths != null) {
            for (Place pathItem : paths.children()) {
                if (pathItem.name().startsWith("/")) {
                    addOperations(OperationKind.PATH, pathItem.name(), pathItem);
                }
            }
        }
        // webhooks is a field of OpenAPI 3.1 only; in an older document it means nothing.
        Place webhooks = spec.version() == dev.openapiauth.core.load.SpecVersion.OPENAPI_3_1 ? root.child("webhooks") : null;
        if (options.includeCallbacksAndWebhooks() && webhooks != null) {
            for (Place pathItem : webhooks.children()) {
                addOperations(OperationKind.WEBHOOK, "webhook:" + pathItem.name(), pathItem);
            }
        }
        if (options.includeCallbacksAndWebhooks()) {
            addCallbacks();
        }
        return new SecurityModel(spec.version(), spec.entry(), schemes, List.copyOf(operations), List.copyOf(problems), resolver);
    }

    private Map<String, SecurityScheme> schemes() {
        Place declared = spec.version().isSwagger2()
                ? root.child("securityDefinitions")
                : child(root.child("components"), "securitySchemes");
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        if (declared != null) {
            for (Place written : declared.children()) {
                Place scheme = resolver.resolve(written, problems);
                if (scheme != null) {
                    schemes.put(written.name(), scheme(written.name(), scheme));
                }
            }
        }
        return schemes;
    }

    private SecurityScheme scheme(String name, Place scheme) {
        String type = String.valueOf(scheme.text("type"));
        if (type.equals("basic") && spec.version().isSwagger2()) {
            return new SecurityScheme(name, SecurityScheme.Type.HTTP, "basic", Set.of(), scheme);
        }
        SecurityScheme.Type kind = switch (type) {
            case "apiKey" -> SecurityScheme.Type.API_KEY;
            case "http" -> SecurityScheme.Type.HTTP;
            case "oauth2" -> SecurityScheme.Type.OAUTH2;
            case "openIdConnect" -> SecurityScheme.Type.OPEN_ID_CONNECT;
            case "mutualTLS" -> SecurityScheme.Type.MUTUAL_TLS;
            default -> SecurityScheme.Type.UNKNOWN;
        };
        Set<String> scopes = new LinkedHashSet<>();
        if (spec.version().isSwagger2()) {
            names(scheme.child("scopes"), scopes);
        } else {
            Place flows = scheme.child("flows");
            if (flows != null) {
                for (Place flow : flows.children()) {
                    names(flow.child("scopes"), scopes);
                }
            }
        }
        return new SecurityScheme(name, kind, scheme.text("scheme"), Set.copyOf(scopes), scheme);
    }

    private static void names(Place map, Set<String> into) {
        if (map != null) {
            for (Place entry : map.children()) {
                into.add(entry.name());
            }
        }
    }

    /**
     * The requirements of a {@code security} field, null when there is none. Only the written shape is
     * read as meaning (a list of objects whose values are lists of scope strings); anything else is a
     * problem at its place, and the requirement it spoils is left out.
     */
    private static List<Requirement> requirements(Place list, List<LoadProblem> problems) {
        if (list == null) {
            return null;
        }
        if (!list.isList()) {
            problems.add(shape(list, "security must be a list of security requirement objects"));
            return null;
        }
        List<Requirement> requirements = new ArrayList<>();
        for (Place requirement : list.items()) {
            if (!requirement.isMap()) {
                problems.add(shape(requirement, "a security requirement must be an object of scheme names to scope lists"));
                continue;
            }
            List<SchemeUse> uses = new ArrayList<>();
            boolean readable = true;
            for (Place use : requirement.children()) {
                if (!use.isList()) {
                    problems.add(shape(use, "the scopes of '" + use.name() + "' must be a list of strings"));
                    readable = false;
                    continue;
                }
                List<String> scopes = new ArrayList<>();
                List<Place> scopePlaces = use.items();
                for (Place scope : scopePlaces) {
                    if (scope.node() instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
                        scopes.add(scalar.text());
                    } else {
                        problems.add(shape(scope, "a scope of '" + use.name() + "' must be a string"));
                        readable = false;
                    }
                }
                uses.add(new SchemeUse(use.name(), List.copyOf(scopes), use, scopePlaces));
            }
            if (readable) {
                requirements.add(new Requirement(List.copyOf(uses), requirement));
            }
        }
        return List.copyOf(requirements);
    }

    private static LoadProblem shape(Place at, String message) {
        return new LoadProblem(at.file().displayName(), at.line(), at.column(), at.pointer(), message);
    }

    private void addOperations(OperationKind kind, String path, Place written) {
        Place pathItem = resolver.resolve(written, problems);
        if (pathItem == null) {
            return;
        }
        // A path item's $ref may have siblings (OpenAPI 3.x, and Swagger 2.0 leaves conflicts undefined):
        // operations written beside it are read too, and one written in both places is a problem.
        Place beside = RefResolver.isRef(written) ? written : null;
        Set<String> pathIgnored = ignored(pathItem);
        if (beside != null) {
            pathIgnored.addAll(ignored(beside));
        }
        for (String method : spec.version().isSwagger2() ? SWAGGER_2_METHODS : METHODS) {
            Place declared = pathItem.child(method);
            Place sibling = beside == null ? null : beside.child(method);
            if (declared != null && sibling != null) {
                problems.add(shape(sibling, "operation '" + method + "' is defined both beside the path item's $ref and in its "
                        + "target; define it once"));
            }
            addOperation(kind, method, path, declared, pathIgnored);
            addOperation(kind, method, path, sibling, pathIgnored);
        }
    }

    private void addOperation(OperationKind kind, String method, String path, Place declared, Set<String> pathIgnored) {
        // Operations are not referenceable in OpenAPI, but split descriptions (DigitalOcean's) do it
        // and swagger-parser accepts it, so an operation $ref is followed like any other.
        Place operation = declared == null ? null : resolver.resolve(declared, problems);
        if (operation != null && operation.isMap()) {
            operations.add(operation(kind, method.toUpperCase(Locale.ROOT), path, operation, pathIgnored));
        }
    }

    private void addCallbacks() {
        for (Operation parent : List.copyOf(operations)) {
            Place callbacks = parent.place().child("callbacks");
            if (callbacks == null) {
                continue;
            }
            for (Place written : callbacks.children()) {
                Place callback = resolver.resolve(written, problems);
                if (callback == null) {
                    continue;
                }
                for (Place expression : callback.children()) {
                    if (!expression.name().startsWith("x-")) {
                        addOperations(OperationKind.CALLBACK, "callback:" + written.name() + " " + expression.name(), expression);
                    }
                }
            }
        }
    }

    /** The operation that will be added next to {@link #operations}. */
    private Operation operation(OperationKind kind, String method, String path, Place operation, Set<String> pathIgnored) {
        List<LoadProblem> operationProblems = new ArrayList<>();
        List<Requirement> own = requirements(operation.child("security"), operationProblems);
        EffectiveSecurity effective;
        if (own != null) {
            effective = new EffectiveSecurity(own);
        } else if (rootSecurity != null) {
            effective = rootSecurity;
        } else {
            effective = EffectiveSecurity.NONE;
        }
        Place responses = operation.child("responses");
        Map<String, Response> byStatus = new LinkedHashMap<>();
        if (responses != null) {
            List<String> produces = produces(operation);
            for (Place response : responses.children()) {
                if (!response.name().startsWith("x-")) {
                    byStatus.put(response.name(), response(response, produces, operationProblems));
                }
            }
        }
        Set<String> ignoredRules = new HashSet<>(rootIgnored);
        ignoredRules.addAll(pathIgnored);
        ignoredRules.addAll(ignored(operation));
        return new Operation(kind, method, path, operation.text("operationId"), operation, effective, responses,
                byStatus, Set.copyOf(ignoredRules), List.copyOf(operationProblems), !spec.version().isSwagger2());
    }

    private Response response(Place key, List<String> produces, List<LoadProblem> operationProblems) {
        Place definition = resolver.resolve(key, operationProblems);
        if (definition == null) {
            return new Response(key.name(), key, null, Map.of(), null, List.of());
        }
        Map<String, Header> headers = new LinkedHashMap<>();
        Place declared = definition.child("headers");
        if (declared != null) {
            for (Place written : declared.children()) {
                Place header = resolver.resolve(written, operationProblems);
                if (header != null) {
                    Place schema = spec.version().isSwagger2() ? header : schemaOf(header, operationProblems);
                    headers.put(written.name().toLowerCase(Locale.ROOT), new Header(written.name(), header, schema));
                }
            }
        }
        List<MediaType> content = new ArrayList<>();
        if (spec.version().isSwagger2()) {
            Place schema = definition.child("schema");
            if (schema != null) {
                for (String type : produces) {
                    content.add(new MediaType(type, schema));
                }
            }
        } else {
            Place media = definition.child("content");
            if (media != null) {
                for (Place type : media.children()) {
                    content.add(new MediaType(type.name(), type.child("schema")));
                }
            }
        }
        return new Response(key.name(), key, definition, Map.copyOf(headers), declared, List.copyOf(content));
    }

    /** The header's {@code schema}, or for a header described with {@code content} instead, its media type's schema. */
    private Place schemaOf(Place header, List<LoadProblem> operationProblems) {
        Place schema = header.child("schema");
        if (schema == null) {
            Place content = header.child("content");
            List<Place> media = content == null ? List.of() : content.children();
            schema = media.isEmpty() ? null : media.get(0).child("schema");
        }
        return schema == null ? null : resolver.resolve(schema, operationProblems);
    }

    private List<String> produces(Place operation) {
        if (!spec.version().isSwagger2()) {
            return List.of();
        }
        Place produces = operation.child("produces");
        if (produces == null) {
            produces = root.child("produces");
        }
        if (produces == null || produces.items().isEmpty()) {
            return SWAGGER_2_DEFAULT_PRODUCES;
        }
        List<String> types = new ArrayList<>();
        for (Place type : produces.items()) {
            if (type.node() instanceof ScalarNode scalar) {
                types.add(scalar.text());
            }
        }
        return types;
    }

    private static Set<String> ignored(Place holder) {
        Place ignore = holder.child(IGNORE_EXTENSION);
        Set<String> ids = new HashSet<>();
        if (ignore == null) {
            return ids;
        }
        if (ignore.node() instanceof ScalarNode scalar) {
            ids.add(scalar.text());
        }
        for (Place id : ignore.items()) {
            if (id.node() instanceof ScalarNode scalar) {
                ids.add(scalar.text());
            }
        }
        return ids;
    }

    private static Place child(Place parent, String key) {
        return parent == null ? null : parent.child(key);
    }
}
