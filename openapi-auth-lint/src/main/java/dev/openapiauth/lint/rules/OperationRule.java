package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;

/** A rule that judges each operation on its own. */
abstract non-sealed class OperationRule implements Rule {
    private final RuleDescriptor descriptor;

    OperationRule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    abstract void check(SecurityModel model, Operation operation, RuleContext context);
}
