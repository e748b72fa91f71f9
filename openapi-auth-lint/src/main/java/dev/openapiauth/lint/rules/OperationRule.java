package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.SecurityModel;

/** A rule that judges each operation on its own. */
abstract class OperationRule implements Rule {
    private final RuleDescriptor descriptor;

    OperationRule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final void check(SecurityModel model, RuleContext context) {
        for (Operation operation : model.operations()) {
            check(model, operation, context);
        }
    }

    abstract void check(SecurityModel model, Operation operation, RuleContext context);
}
