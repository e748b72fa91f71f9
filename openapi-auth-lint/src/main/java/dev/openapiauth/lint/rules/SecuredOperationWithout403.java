package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.SecurityModel;

/** An authenticated caller may still lack permission: 403 must be documented, surely when scopes are required. */
public final class SecuredOperationWithout403 implements Rule {
    public static final String ID = "secured-operation-without-403";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(ID, Severity.ERROR,
            "warning when no alternative requires scopes or roles",
            "Secured operation does not document 403",
            "A caller whose credentials are valid but whose permissions are insufficient gets 403 Forbidden. "
                    + "When the operation requires scopes or roles that outcome is certain, otherwise likely.",
            "Add a `403` response, ideally `$ref: '#/components/responses/Forbidden'` with an RFC 9457 problem body.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SecurityModel model, RuleContext context) {
        for (Operation operation : model.operations()) {
            if (operation.security().isPublic() || operation.security().isOptional()) {
                continue;
            }
            String missing = StatusDocumentation.missing(operation, "403", context.acceptRangeResponses());
            if (missing != null) {
                boolean scopes = operation.security().requiresScopes();
                context.report(operation, operation.responsesOrOperation(),
                        "secured operation " + missing + (scopes ? ", although it requires scopes" : ""),
                        scopes ? Severity.ERROR : Severity.WARNING);
            }
        }
    }
}
