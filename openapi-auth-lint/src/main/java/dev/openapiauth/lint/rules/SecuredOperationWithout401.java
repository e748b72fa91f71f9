package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** A secured operation must tell clients what happens without valid credentials: 401. */
public final class SecuredOperationWithout401 extends OperationRule {
    public static final String ID = "secured-operation-without-401";

    public SecuredOperationWithout401() {
        super(new RuleDescriptor(ID, Severity.ERROR,
                "warning when authentication is optional",
                "Secured operation does not document 401",
                "An operation whose effective security accepts a scheme with an HTTP challenge will answer 401 Unauthorized "
                        + "to requests without valid credentials. Clients and generated code only handle it if it is documented.",
                "Add a `401` response, ideally `$ref: '#/components/responses/Unauthorized'` with a `WWW-Authenticate` header "
                        + "and an RFC 9457 problem body (`openapi-auth fix` or `mvn openapi-auth:fix` adds it to the description)."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        if (operation.unauthorized() != null || !model.answersWithChallenge(operation)) {
            return;
        }
        boolean optional = operation.security().isOptional();
        String message = StatusDocumentation.missing(operation, "401", context.acceptRangeResponses(),
                optional ? "operation with optional authentication" : "secured operation", "");
        if (message != null) {
            context.report(operation, operation.responsesOrOperation(), message, optional ? Severity.WARNING : Severity.ERROR);
        }
    }
}
