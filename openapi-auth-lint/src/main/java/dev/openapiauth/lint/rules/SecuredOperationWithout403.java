package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** An authenticated caller may still lack permission: 403 must be documented, surely when scopes are required. */
public final class SecuredOperationWithout403 extends OperationRule {
    public static final String ID = "secured-operation-without-403";

    public SecuredOperationWithout403() {
        super(new RuleDescriptor(ID, Severity.ERROR,
                "warning when no alternative requires scopes or roles",
                "Secured operation does not document 403",
                "A caller whose credentials are valid but whose permissions are insufficient gets 403 Forbidden. "
                        + "When the operation requires scopes or roles that outcome is certain, otherwise likely.",
                "Add a `403` response, ideally `$ref: '#/components/responses/Forbidden'` with an RFC 9457 problem body."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        if (operation.forbidden() != null || operation.security().isPublic() || operation.security().isOptional()) {
            return;
        }
        boolean scopes = operation.security().requiresScopes();
        String message = StatusDocumentation.missing(operation, "403", context.acceptRangeResponses(), "secured operation",
                scopes ? ", although it requires scopes" : "");
        if (message != null) {
            context.report(operation, operation.responsesOrOperation(), message, scopes ? Severity.ERROR : Severity.WARNING);
        }
    }
}
