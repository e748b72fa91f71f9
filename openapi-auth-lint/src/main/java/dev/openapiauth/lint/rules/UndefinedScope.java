package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.lint.finding.Severity;

/** An OAuth 2.0 scope no flow declares can never be granted, so the operation can never be authorized. */
public final class UndefinedScope extends OperationRule {
    public static final String ID = "undefined-scope";

    public UndefinedScope() {
        super(new RuleDescriptor(ID, Severity.ERROR, "",
                "OAuth 2.0 requirement lists an undeclared scope",
                "A scope required by an oauth2 security requirement must be declared by a flow of that scheme, "
                        + "or no authorization server can grant it.",
                "Declare the scope under the scheme's `flows.*.scopes` (Swagger 2.0: `scopes`), or correct its name."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = model.schemes().get(use.scheme());
            if (scheme == null || scheme.type() != SecurityScheme.Type.OAUTH2) {
                continue;
            }
            for (int i = 0; i < use.scopes().size(); i++) {
                String scope = use.scopes().get(i);
                if (!scheme.scopes().contains(scope)) {
                    context.report(operation, use.scopePlaces().get(i), "scope '" + scope
                            + "' is not declared by any flow of oauth2 scheme '" + scheme.name() + "'");
                }
            }
        }
    }
}
