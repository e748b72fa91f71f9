package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.Response;
import dev.openapiauth.lint.model.SecurityModel;
import java.util.List;

/** A 401 or 403 without a body leaves clients no machine-readable reason. */
public final class AuthErrorWithoutBody extends OperationRule {
    public static final String ID = "auth-error-without-body";
    static final List<String> AUTH_ERRORS = List.of("401", "403");

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
        for (String status : AUTH_ERRORS) {
            Response response = operation.response(status);
            if (response != null && response.definition() != null && response.content().isEmpty()) {
                context.report(operation, response.definition(), status + " response declares no body");
            }
        }
    }
}
