package dev.openapiauth.lint.rules;

import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.model.BodyShapes;
import dev.openapiauth.core.model.MediaType;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.lint.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clients handle auth errors in one place; that only works when every 401 (and every 403) has the same shape. */
public final class InconsistentAuthErrorSchema extends ModelRule {
    public static final String ID = "inconsistent-auth-error-schema";

    private record Use(Operation operation, Response response, String shape) {
    }

    public InconsistentAuthErrorSchema() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "401/403 responses differ in media type or schema",
                "When 401 (or 403) responses across the description use different media types or schemas, clients need "
                        + "per-endpoint error handling and usually get it wrong. The shape most operations use is taken as "
                        + "the norm; the others are reported.",
                "Reference one shared response (`#/components/responses/Unauthorized`, `Forbidden`) from every operation."));
    }

    @Override
    void check(SecurityModel model, RuleContext context) {
        BodyShapes shapes = new BodyShapes(model.version());
        List<Use> unauthorized = new ArrayList<>();
        List<Use> forbidden = new ArrayList<>();
        for (Operation operation : model.operations()) {
            addUse(unauthorized, operation, operation.unauthorized(), shapes);
            addUse(forbidden, operation, operation.forbidden(), shapes);
        }
        judge("401", unauthorized, context);
        judge("403", forbidden, context);
    }

    private static void addUse(List<Use> uses, Operation operation, Response response, BodyShapes shapes) {
        if (response != null && !response.content().isEmpty()) {
            uses.add(new Use(operation, response, shapes.of(response)));
        }
    }

    /** Reports the uses whose shape differs from the one most uses have. */
    private static void judge(String status, List<Use> uses, RuleContext context) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Use use : uses) {
            counts.put(use.shape(), counts.getOrDefault(use.shape(), 0) + 1);
        }
        if (counts.size() < 2) {
            return;
        }
        String norm = null;
        int normCount = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > normCount) {
                norm = count.getKey();
                normCount = count.getValue();
            }
        }
        String normUse = ", while " + normCount + " of " + uses.size() + " " + status + " responses use "
                + describe(norm, uses);
        for (Use use : uses) {
            if (!use.shape().equals(norm)) {
                context.report(use.operation(), use.response().definition(), status + " response uses "
                        + describe(use.response()) + normUse);
            }
        }
    }

    private static String describe(String norm, List<Use> uses) {
        for (Use use : uses) {
            if (use.shape().equals(norm)) {
                return describe(use.response());
            }
        }
        return norm;
    }

    /** How a user recognises a shape: media types and the schema reference or "an inline schema". */
    private static String describe(Response response) {
        StringBuilder text = new StringBuilder();
        for (MediaType type : response.content()) {
            Place schema = type.schema();
            String written = schema == null ? "no schema" : RefResolver.isRef(schema) ? schema.text("$ref") : "an inline schema";
            text.append(text.length() == 0 ? "" : " and ").append(type.name()).append(" with ").append(written);
        }
        return text.toString();
    }
}
