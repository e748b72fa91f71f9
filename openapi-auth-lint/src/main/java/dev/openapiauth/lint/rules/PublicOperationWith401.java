package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** A 401 on an operation without security means the security declaration is missing, or the 401 is dead. */
public final class PublicOperationWith401 extends OperationRule {
    public static final String ID = "public-operation-with-401";

    public PublicOperationWith401() {
        super(new RuleDescriptor(ID, Severity.INFO, "",
                "Public operation documents 401",
                "The operation's effective security is empty, yet it documents 401 Unauthorized: either it does need "
                        + "credentials and its security is not declared, or the 401 can never happen.",
                "Declare the operation's `security` (or the root's), or remove the 401 response."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        Response unauthorized = operation.unauthorized();
        if (operation.security().isPublic() && unauthorized != null) {
            context.report(operation, unauthorized.key(),
                    "operation has no security requirement but documents a 401 response");
        }
    }
}
