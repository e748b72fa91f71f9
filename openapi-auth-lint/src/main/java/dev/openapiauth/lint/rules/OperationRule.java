package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;

/** A rule that judges each operation on its own. */
abstract non-sealed class OperationRule extends Rule {

    OperationRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    abstract void check(SecurityModel model, Operation operation, RuleContext context);
}
