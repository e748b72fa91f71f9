package dev.openapiauth.lint.model;

import dev.openapiauth.lint.load.LoadProblem;
import dev.openapiauth.lint.load.LoadedSpec;
import dev.openapiauth.lint.load.RefResolver;
import dev.openapiauth.lint.source.Place;
import dev.openapiauth.lint.source.ScalarNode;
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
        Place security = root.child("security");
        rootSecurity = security != null && security.isList()
                ? new EffectiveSecurity(requirements(security), EffectiveSecurity.Source.ROOT) : null;
        rootIgnored = ignored(root);
        Place paths = root.child("paths");
        if (paths != null) {
            for (Place pathItem : paths.children()) {
                if (pathItem.name().startsWith("/")) {
                    addOperations(OperationKind.PATH, pathItem.name(), pathItem);
                }
            }
        }
        Place webhooks = root.child("webhooks");
        if (options.includeCallbacksAndWebhooks() && webhooks != null) {
            for (Place pathItem : webhooks.children()) {
                addOperations(OperationKind.WEBHOOK, "webhook:" + pathItem.name(), pathItem);
            }
        }
        if (options.includeCallbacksAndWebhooks()) {
            addCallbacks();
        }
        return new SecurityModel(spec.version(), spec.entry(), schemes, List.copyOf(operations), List.copyOf(problems));
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

    private static List<Requirement> requirements(Place list) {
        List<Requirement> requirements = new ArrayList<>();
        for (Place requirement : list.items()) {
            List<SchemeUse> uses = new ArrayList<>();
            for (Place use : requirement.children()) {
                List<String> scopes = new ArrayList<>();
                List<Place> scopePlaces = use.items();
                for (Place scope : scopePlaces) {
                    scopes.add(scope.node() instanceof ScalarNode scalar ? scalar.text() : "");
                }
                uses.add(new SchemeUse(use.name(), List.copyOf(scopes), use, scopePlaces));
            }
            requirements.add(new Requirement(List.copyOf(uses), requirement));
        }
        return List.copyOf(requirements);
    }

    private void addOperations(OperationKind kind, String path, Place written) {
        Place pathItem = resolver.resolve(written, problems);
        if (pathItem == null) {
            return;
        }
        Set<String> pathIgnored = ignored(pathItem);
        for (String method : spec.version().isSwagger2() ? SWAGGER_2_METHODS : METHODS) {
            Place declared = pathItem.child(method);
            // Operations are not referenceable in OpenAPI, but split descriptions (DigitalOcean's) do it
            // and swagger-parser accepts it, so an operation $ref is followed like any other.
            Place operation = declared == null ? null : resolver.resolve(declared, problems);
            if (operation != null && operation.isMap()) {
                operations.add(operation(kind, method.toUpperCase(Locale.ROOT), path, operation, pathIgnored));
            }
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
        Place security = operation.child("security");
        EffectiveSecurity effective;
        if (security != null && security.isList()) {
            effective = new EffectiveSecurity(requirements(security), EffectiveSecurity.Source.OPERATION);
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
        return new Operation(operations.size(), kind, method, path, operation.text("operationId"), operation, effective, responses,
                byStatus, Set.copyOf(ignoredRules), List.copyOf(operationProblems));
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

    private Place schemaOf(Place header, List<LoadProblem> operationProblems) {
        Place schema = header.child("schema");
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
