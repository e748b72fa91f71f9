package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** A 401 or 403 without a body leaves clients no machine-readable reason. */
public final class AuthErrorWithoutBody extends OperationRule {
    public static final String ID = "auth-error-without-body";

    public AuthErrorWithoutBody() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "401/403 response declares no body",
                "Without a documented body, clients cannot tell an expired token from a missing scope, and every endpoint "
                        + "tends to answer differently.",
                "Give the response `content: {application/problem+json: {schema: {$ref: '#/components/schemas/Problem'}}}` "
                        + "(RFC 9457)."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        check(operation, operation.unauthorized(), "401 response declares no body", context);
        check(operation, operation.forbidden(), "403 response declares no body", context);
    }

    private static void check(Operation operation, Response response, String message, RuleContext context) {
        if (response != null && response.definition() != null && response.content().isEmpty()) {
            context.report(operation, response.definition(), message);
        }
    }
}
