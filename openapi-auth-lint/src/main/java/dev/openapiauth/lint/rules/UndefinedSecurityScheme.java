package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** A requirement that names an undeclared scheme cannot be satisfied, and tools cannot know what it means. */
public final class UndefinedSecurityScheme extends OperationRule {
    public static final String ID = "undefined-security-scheme";

    public UndefinedSecurityScheme() {
        super(new RuleDescriptor(ID, Severity.ERROR, "",
                "Security requirement names an undeclared scheme",
                "Every name in a security requirement must be declared under components/securitySchemes "
                        + "(securityDefinitions in Swagger 2.0); otherwise clients, gateways and generated code cannot tell "
                        + "how to authenticate.",
                "Declare the scheme, or correct the name in the requirement."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        String declaredIn = model.version().isSwagger2() ? "securityDefinitions" : "components/securitySchemes";
        for (SchemeUse use : operation.security().uses()) {
            if (!model.schemes().containsKey(use.scheme())) {
                context.report(operation, use.place(), "security requirement names scheme '" + use.scheme()
                        + "', which is not declared in " + declaredIn);
            }
        }
    }
}
