package dev.openapiauth.generate.contract;

import static dev.openapiauth.generate.contract.JsonTrees.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the standard error contract to a description: the Problem schema, the WWW-Authenticate header
 * and the Unauthorized, Forbidden and BadRequest responses, referenced from every secured operation that
 * lacks a 401 or 403 (and, where it accepts a bearer token, a 400), and the header added to every 401
 * without it. Nothing else changes; applying it to its own output adds nothing.
 */
public final class ContractAugmenter {
    private static final String HEADER = "WWW-Authenticate";
    /** A component read back from YAML or JSON holds 100 as a BigInteger where we built an int. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /**
     * @param realm null for the description's {@code info.title}
     */
    public record Options(String realm, LoadOptions load, boolean includeCallbacksAndWebhooks) {
    }

    /** Something added: the file (relative to the description's root, as written to the output) and the JSON pointer. */
    public record Addition(String file, String pointer) {
    }

    /**
     * @param written   every file of the augmented description
     * @param notes     names that were taken, and the free names chosen instead
     * @param problems  references that could not be followed while collecting the description's files
     * @param model     the security model of the input, which the stubs are rendered from
     * @param inputs    every document read
     */
    public record Result(List<Path> written, List<Addition> additions, List<String> notes, List<LoadProblem> problems,
                         SecurityModel model, List<URI> inputs) {
    }

    private final Options options;

    public ContractAugmenter(Options options) {
        this.options = options;
    }

    public Result augment(Path entryPath, Path outputDirectory) throws UnreadableSpecException, IOException {
        LoadedSpec spec = new SpecLoader(options.load()).load(entryPath);
        SecurityModel model = SecurityModelBuilder.build(spec, new ModelOptions(options.includeCallbacksAndWebhooks()));
        List<LoadProblem> problems = new ArrayList<>();
        List<SourceFile> files = spec.referencedFiles(problems::add);
        Needs needs = Needs.of(model);
        Path root = (options.load().rootDirectory() != null ? options.load().rootDirectory()
                : entryPath.toAbsolutePath().normalize().getParent()).toAbsolutePath().normalize();
        EditedFiles edits = new EditedFiles(root);
        List<String> notes = new ArrayList<>();
        if (needs.any()) {
            String realm = options.realm() != null ? options.realm() : ChallengeCatalog.defaultRealm(spec.entry());
            new Edit(spec.entry(), model, realm, edits, notes).apply(needs);
        }
        List<Path> written = edits.write(files, outputDirectory);
        return new Result(written, edits.additions(), notes, problems, model,
                files.stream().map(SourceFile::uri).toList());
    }

    /** What the description lacks. */
    private record Needs(List<Operation> without401, List<Operation> without403, List<Operation> without400,
                         Map<String, Response> headerless401s) {

        static Needs of(SecurityModel model) {
            List<Operation> without401 = new ArrayList<>();
            List<Operation> without403 = new ArrayList<>();
            List<Operation> without400 = new ArrayList<>();
            Map<String, Response> headerless = new LinkedHashMap<>();
            for (Operation operation : model.operations()) {
                boolean secured = !operation.security().isPublic();
                if (secured && model.answersWithChallenge(operation) && operation.unauthorized() == null) {
                    without401.add(operation);
                }
                if (secured && !operation.security().isOptional() && operation.forbidden() == null) {
                    without403.add(operation);
                }
                // The generated gate answers a token sent in two places with 400 (RFC 6750 §3.1), so the
                // description must document a 400 where nothing covers it yet.
                if (secured && acceptsBearerToken(model, operation) && operation.response("400") == null
                        && operation.coveringRange("400") == null) {
                    without400.add(operation);
                }
                Response unauthorized = operation.unauthorized();
                if (unauthorized != null && unauthorized.definition() != null && unauthorized.wwwAuthenticate() == null) {
                    Place definition = unauthorized.definition();
                    headerless.putIfAbsent(definition.file().uri() + "#" + definition.pointer(), unauthorized);
                }
            }
            return new Needs(without401, without403, without400, headerless);
        }

        private static boolean acceptsBearerToken(SecurityModel model, Operation operation) {
            return operation.security().uses().stream()
                    .map(use -> model.schemes().get(use.scheme()))
                    .anyMatch(scheme -> scheme != null && scheme.bearerFamily());
        }

        boolean any() {
            return !without401.isEmpty() || !without403.isEmpty() || !without400.isEmpty() || !headerless401s.isEmpty();
        }
    }

    /** One augmentation: chooses component names, adds what is needed, and references it. */
    private static final class Edit {
        private final SourceFile entry;
        private final boolean swagger2;
        private final EditedFiles edits;
        private final List<String> notes;
        private final ErrorContract contract;

        Edit(SourceFile entry, SecurityModel model, String realm, EditedFiles edits, List<String> notes) {
            this.entry = entry;
            this.swagger2 = model.version().isSwagger2();
            this.edits = edits;
            this.notes = notes;
            this.contract = new ErrorContract(ChallengeCatalog.of(model.schemes().values(), realm), swagger2);
        }

        void apply(Needs needs) {
            boolean unauthorizedNeeded = !needs.without401().isEmpty();
            boolean forbiddenNeeded = !needs.without403().isEmpty();
            boolean badRequestNeeded = !needs.without400().isEmpty();
            String problem = unauthorizedNeeded || forbiddenNeeded || badRequestNeeded
                    ? component(swagger2 ? "/definitions" : "/components/schemas", "Problem", contract.problem()) : null;
            String header = !swagger2 && (unauthorizedNeeded || badRequestNeeded || !needs.headerless401s().isEmpty())
                    ? component("/components/headers", HEADER, contract.header()) : null;
            String responses = swagger2 ? "/responses" : "/components/responses";
            String unauthorized = unauthorizedNeeded
                    ? component(responses, "Unauthorized", contract.unauthorized(header, problem)) : null;
            String forbidden = forbiddenNeeded ? component(responses, "Forbidden", contract.forbidden(problem)) : null;
            String badRequest = badRequestNeeded
                    ? component(responses, "BadRequest", contract.badRequest(header, problem)) : null;

            for (Operation operation : needs.without401()) {
                addResponse(operation, "401", unauthorized);
            }
            for (Operation operation : needs.without403()) {
                addResponse(operation, "403", forbidden);
            }
            for (Operation operation : needs.without400()) {
                addResponse(operation, "400", badRequest);
            }
            for (Response response : needs.headerless401s().values()) {
                Place definition = response.definition();
                JsonNode value = swagger2 ? contract.header() : reference(definition.file(), header);
                edits.objectChild(definition.file(), definition.pointer(), "headers");
                edits.put(definition.file(), definition.pointer() + "/headers", HEADER, value);
            }
        }

        private void addResponse(Operation operation, String status, String componentRef) {
            Place place = operation.place();
            edits.objectChild(place.file(), place.pointer(), "responses");
            edits.put(place.file(), place.pointer() + "/responses", status, reference(place.file(), componentRef));
        }

        /**
         * Adds {@code value} under {@code container} in the entry document with the first free name
         * ({@code Problem}, {@code Problem2}, …), or reuses a component that is exactly {@code value};
         * returns the {@code #/...} reference to it.
         */
        private String component(String container, String base, ObjectNode value) {
            String[] path = container.substring(1).split("/");
            String pointer = "";
            for (String segment : path) {
                edits.objectChild(entry, pointer, segment);
                pointer = pointer + "/" + segment;
            }
            ObjectNode existing = edits.object(entry, pointer);
            for (int i = 1; ; i++) {
                String name = i == 1 ? base : base + i;
                JsonNode taken = existing.get(name);
                if (taken == null) {
                    edits.put(entry, pointer, name, value);
                    if (i > 1) {
                        notes.add(container.substring(1) + "/" + base + " is already used by the description; added "
                                + container.substring(1) + "/" + name);
                    }
                    return "#" + JsonPointer.append(pointer, name);
                }
                if (taken.equals(NUMBERS_BY_VALUE, value)) {
                    return "#" + JsonPointer.append(pointer, name);
                }
            }
        }

        /** A reference from {@code from} to a component of the entry document. */
        private ObjectNode reference(SourceFile from, String fragment) {
            String ref = fragment;
            if (!from.uri().equals(entry.uri())) {
                Path folder = Path.of(from.uri()).getParent();
                ref = folder.relativize(Path.of(entry.uri())).toString().replace('\\', '/') + fragment;
            }
            ObjectNode node = NODES.objectNode();
            node.put("$ref", ref);
            return node;
        }
    }
}
