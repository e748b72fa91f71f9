package dev.openapiauth.lint.rules;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.model.MediaType;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.lint.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/** A 401/403 body whose schema or examples expose internals: stack traces, exception classes, SQL, debug data. */
public final class AuthErrorExposesInternals extends OperationRule {
    public static final String ID = "auth-error-exposes-internals";
    public AuthErrorExposesInternals() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "401/403 body exposes internals",
                "Authentication errors are what an attacker probing an API sees most. Stack traces, exception class names, SQL "
                        + "and debug data tell them the framework, versions and queries behind it (OWASP API Security Top 10, "
                        + "API8: security misconfiguration; RFC 9457 section 5: problem details must not leak "
                        + "implementation details).",
                "Answer with a problem body (`type`, `title`, `status`, `detail`) that says what the client can do, and log "
                        + "the internals on the server."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        check(model, operation, operation.unauthorized(), context);
        check(model, operation, operation.forbidden(), context);
    }

    private static void check(SecurityModel model, Operation operation, Response response, RuleContext context) {
        if (response == null || response.definition() == null) {
            return;
        }
        Object known = context.recall(response.definition().node());
        if (known == null) {
            Exposure exposure = exposure(model, response);
            known = exposure == null ? RuleContext.NOTHING : exposure;
            context.remember(response.definition().node(), known);
        }
        if (known instanceof Exposure exposure) {
            context.report(operation, exposure.place(), response.status() + exposure.message());
        }
    }

    /** Where a response exposes internals, and how (after its status). */
    private record Exposure(Place place, String message) {
    }

    private static Exposure exposure(SecurityModel model, Response response) {
        for (MediaType media : response.content()) {
            for (Place property : properties(model, media.schema())) {
                if (AuthErrorWords.isListedName(AuthErrorWords.INTERNAL_PROPERTY, property.name())) {
                    return new Exposure(property, " body has property '" + property.name()
                            + "', which exposes internals; return a problem body and log the details on the server");
                }
            }
        }
        for (Place example : ResponseTexts.examples(model.resolver(), response)) {
            if (InternalsInText.showsInternals(((ScalarNode) example.node()).text())) {
                return new Exposure(example, " example shows internals (a stack frame, "
                        + "exception class or SQL); return a problem body and log the details on the server");
            }
        }
        return null;
    }

    /** The properties of a body schema, also of the schemas it combines with {@code allOf}; references followed. */
    private static List<Place> properties(SecurityModel model, Place written) {
        List<Place> properties = new ArrayList<>();
        List<LoadProblem> unfollowed = new ArrayList<>();
        Place schema = written == null ? null : model.resolver().resolve(written, unfollowed);
        if (schema == null) {
            return properties;
        }
        Place declared = schema.child("properties");
        if (declared != null) {
            properties.addAll(declared.children());
        }
        Place allOf = schema.child("allOf");
        if (allOf != null) {
            for (Place part : allOf.items()) {
                Place resolved = model.resolver().resolve(part, unfollowed);
                Place partProperties = resolved == null ? null : resolved.child("properties");
                if (partProperties != null) {
                    properties.addAll(partProperties.children());
                }
            }
        }
        return properties;
    }
}
