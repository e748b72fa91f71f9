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
 * Adds the standard error contract to a description: a 401 on every secured operation that lacks one
 * (where a scheme has a challenge), a 403 on every one that lacks one (unless authentication is
 * optional), optionally a 400 where a bearer token is accepted, and the {@code WWW-Authenticate} header on
 * every 401 without it. What the description already has is reused ({@link ExistingErrorContract}); the
 * RFC 9457 problem, the header and the Unauthorized, Forbidden and BadRequest responses are added only
 * where nothing fits. Nothing else changes; applying it to its own output adds nothing.
 */
public final class ContractAugmenter {
    private static final String HEADER = "WWW-Authenticate";
    /** A component read back from YAML or JSON holds 100 as a BigInteger where we built an int. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /**
     * @param realm             null for the description's {@code info.title}
     * @param documentBadRequest whether to add the 400 the generated layer answers a token sent twice with
     */
    public record Options(String realm, LoadOptions load, boolean includeCallbacksAndWebhooks, boolean documentBadRequest) {
    }

    /**
     * The additions planned for one description, made on editable copies of its documents.
     *
     * @param root     the description's root folder, which additions' file names are relative to
     * @param files    every document of the description
     * @param edited   the edited tree of each document that gains something, by URI
     * @param notes    what was reused, what was added, and names that were taken
     * @param problems references that could not be followed while collecting the description's files
     * @param model    the security model of the input, which the stubs are rendered from
     */
    public record Plan(Path root, List<SourceFile> files, Map<URI, JsonNode> edited, List<Addition> additions,
                       List<String> notes, List<LoadProblem> problems, SecurityModel model) {
    }

    /**
     * @param written every file of the augmented description
     * @param inputs  every document read
     */
    public record Result(List<Path> written, List<Addition> additions, List<String> notes, List<LoadProblem> problems,
                         SecurityModel model, List<URI> inputs) {
    }

    private final Options options;

    public ContractAugmenter(Options options) {
        this.options = options;
    }

    /** Writes the augmented description below {@code outputDirectory}, each file at its path relative to the root. */
    public Result augment(Path entryPath, Path outputDirectory)
            throws UnreadableSpecException, UneditableDescriptionException, IOException {
        Plan plan = plan(entryPath);
        List<Path> written = EditedFiles.write(plan, outputDirectory);
        return new Result(written, plan.additions(), plan.notes(), plan.problems(), plan.model(),
                plan.files().stream().map(SourceFile::uri).toList());
    }

    public Plan plan(Path entryPath) throws UnreadableSpecException, UneditableDescriptionException {
        LoadedSpec spec = new SpecLoader(options.load()).load(entryPath);
        SecurityModel model = SecurityModelBuilder.build(spec, new ModelOptions(options.includeCallbacksAndWebhooks()));
        List<LoadProblem> problems = new ArrayList<>();
        List<SourceFile> files = spec.referencedFiles(problems::add);
        Needs needs = Needs.of(model, options.documentBadRequest());
        Path root = (options.load().rootDirectory() != null ? options.load().rootDirectory()
                : entryPath.toAbsolutePath().normalize().getParent()).toAbsolutePath().normalize();
        EditedFiles edits = new EditedFiles(root);
        if (!options.load().overlays().isEmpty()) {
            // The overlays changed the entry document: the copy written must have their changes, even where the contract adds nothing.
            edits.object(spec.entry(), "");
        }
        List<String> notes = new ArrayList<>();
        if (needs.any()) {
            String realm = options.realm() != null ? options.realm() : ChallengeCatalog.defaultRealm(spec.entry());
            new Edit(model, realm, edits, notes).apply(needs);
        }
        return new Plan(root, files, edits.trees(), edits.additions(), notes, problems, model);
    }

    /** What the description lacks. */
    private record Needs(List<Operation> without401, List<Operation> without403, List<Operation> without400,
                         Map<Place, Place> headerless401s) {

        static Needs of(SecurityModel model, boolean documentBadRequest) {
            List<Operation> without401 = new ArrayList<>();
            List<Operation> without403 = new ArrayList<>();
            List<Operation> without400 = new ArrayList<>();
            Map<Place, Place> headerless = new LinkedHashMap<>();
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
                if (documentBadRequest && secured && acceptsBearerToken(model, operation) && operation.response("400") == null
                        && operation.coveringRange("400") == null) {
                    without400.add(operation);
                }
                Response unauthorized = operation.unauthorized();
                if (unauthorized != null && unauthorized.definition() != null && unauthorized.wwwAuthenticate() == null) {
                    headerless.putIfAbsent(unauthorized.definition(),
                            unauthorized.headersObject() != null ? unauthorized.headersObject() : unauthorized.definition());
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

    /** One augmentation: chooses what to reuse and what to add, adds it, and references it. */
    private static final class Edit {
        private final SourceFile entry;
        private final boolean swagger2;
        private final EditedFiles edits;
        private final List<String> notes;
        private final ErrorContract contract;
        private final ExistingErrorContract existing;
        private String problemRef;
        private String headerRef;

        Edit(SecurityModel model, String realm, EditedFiles edits, List<String> notes) {
            this.entry = model.entry();
            this.swagger2 = model.version().isSwagger2();
            this.edits = edits;
            this.notes = notes;
            this.contract = new ErrorContract(ChallengeCatalog.of(model.schemes().values(), realm), swagger2);
            this.existing = new ExistingErrorContract(model);
        }

        void apply(Needs needs) throws UneditableDescriptionException {
            Map<Place, Place> headerless = new LinkedHashMap<>(needs.headerless401s());
            Target unauthorized = needs.without401().isEmpty() ? null : response("401", "Unauthorized", needs.without401(), headerless);
            Target forbidden = needs.without403().isEmpty() ? null : response("403", "Forbidden", needs.without403(), headerless);
            Target badRequest = needs.without400().isEmpty() ? null : response("400", "BadRequest", needs.without400(), headerless);
            for (Operation operation : needs.without401()) {
                addResponse(operation, "401", unauthorized, Cause.Purpose.UNAUTHORIZED);
            }
            for (Operation operation : needs.without403()) {
                addResponse(operation, "403", forbidden, Cause.Purpose.FORBIDDEN);
            }
            for (Operation operation : needs.without400()) {
                addResponse(operation, "400", badRequest, Cause.Purpose.BAD_REQUEST);
            }
            for (Map.Entry<Place, Place> headerlessResponse : headerless.entrySet()) {
                Place definition = headerlessResponse.getKey();
                Cause cause = new Cause(Cause.Purpose.CHALLENGE_HEADER, headerlessResponse.getValue());
                JsonNode value = swagger2 ? contract.header() : References.to(definition.file(), entry, header().substring(1));
                edits.objectChild(definition.file(), definition.pointer(), "headers", cause);
                edits.put(definition.file(), definition.pointer() + "/headers", HEADER, value, cause);
            }
        }

        /**
         * The response component the operations lacking {@code status} will reference: an existing one
         * (given the header it lacks, for a 401), else a new one, named {@code base} or the first free name after it.
         */
        private Target response(String status, String base, List<Operation> lacking, Map<Place, Place> headerless)
                throws UneditableDescriptionException {
            ExistingErrorContract.Choice choice = existing.choose(status);
            if (choice.component() != null) {
                Place component = choice.component();
                notes.add("reused " + component.pointer().substring(1) + (choice.references() > 0 ? " (referenced by "
                        + choice.references() + " existing " + status + (choice.references() == 1 ? "" : "s") + ")" : " (named for " + status + ")")
                        + " for the " + status + " of " + operations(lacking));
                if (status.equals("401") && lacksChallengeHeader(component)) {
                    Place headers = component.child("headers");
                    headerless.putIfAbsent(component, headers != null ? headers : component);
                }
                return new Target(component.file(), component.pointer());
            }
            JsonNode body = choice.body() != null ? choice.body() : contract.problemBody(problem());
            ObjectNode value = switch (status) {
                case "401" -> contract.unauthorized(swagger2 ? null : header(), body);
                case "400" -> contract.badRequest(swagger2 ? null : header(), body);
                default -> contract.forbidden(body);
            };
            Target added = component(swagger2 ? "/responses" : "/components/responses", base, value);
            notes.add("added " + added.label() + (choice.bodySource() != null ? " (body: " + choice.bodySource() + ")" : "")
                    + " for the " + status + " of " + operations(lacking));
            return added;
        }

        private static String operations(List<Operation> operations) {
            return operations.size() == 1 ? "1 operation" : operations.size() + " operations";
        }

        private boolean lacksChallengeHeader(Place response) {
            Place headers = response.child("headers");
            if (headers == null) {
                return true;
            }
            for (Place header : headers.children()) {
                if (header.name().equalsIgnoreCase(HEADER)) {
                    return false;
                }
            }
            return true;
        }

        /** The {@code #/...} reference to the problem schema, reused or added on first use. */
        private String problem() throws UneditableDescriptionException {
            if (problemRef == null) {
                Place reused = existing.problemSchemaComponent();
                problemRef = "#" + (reused != null ? reused.pointer()
                        : component(swagger2 ? "/definitions" : "/components/schemas", "Problem", contract.problem()).pointer());
                notes.add((reused != null ? "reused " : "added ") + problemRef.substring(2) + " as the problem schema");
            }
            return problemRef;
        }

        /** The {@code #/...} reference to the header component, reused or added on first use (OpenAPI 3 only). */
        private String header() throws UneditableDescriptionException {
            if (headerRef == null) {
                Place reused = existing.challengeHeaderComponent();
                headerRef = "#" + (reused != null ? reused.pointer() : component("/components/headers", HEADER, contract.header()).pointer());
                notes.add((reused != null ? "reused " : "added ") + headerRef.substring(2));
            }
            return headerRef;
        }

        private void addResponse(Operation operation, String status, Target component, Cause.Purpose purpose)
                throws UneditableDescriptionException {
            Place place = operation.place();
            Cause cause = new Cause(purpose, operation.responsesOrOperation());
            edits.objectChild(place.file(), place.pointer(), "responses", cause);
            edits.put(place.file(), place.pointer() + "/responses", status, References.to(place.file(), component.file(), component.pointer()), cause);
        }

        /**
         * Adds {@code value} under {@code container} in the entry document with the first free name
         * ({@code Problem}, {@code Problem2}, …), or reuses a component that is exactly {@code value};
         * returns where it is.
         */
        private Target component(String container, String base, ObjectNode value) throws UneditableDescriptionException {
            String[] path = container.substring(1).split("/");
            String pointer = "";
            for (String segment : path) {
                edits.objectChild(entry, pointer, segment, Cause.COMPONENT);
                pointer = pointer + "/" + segment;
            }
            ObjectNode members = edits.object(entry, pointer);
            for (int i = 1; ; i++) {
                String name = i == 1 ? base : base + i;
                JsonNode taken = members.get(name);
                if (taken == null) {
                    edits.put(entry, pointer, name, value, Cause.COMPONENT);
                    if (i > 1) {
                        notes.add(container.substring(1) + "/" + base + " is already used by the description for something "
                                + "else; added " + container.substring(1) + "/" + name);
                    }
                    return new Target(entry, JsonPointer.append(pointer, name));
                }
                if (taken.equals(NUMBERS_BY_VALUE, value)) {
                    return new Target(entry, JsonPointer.append(pointer, name));
                }
            }
        }

    }

    /** A component the additions reference, existing or added. */
    private record Target(SourceFile file, String pointer) {
        String label() {
            return pointer.substring(1);
        }
    }
}
