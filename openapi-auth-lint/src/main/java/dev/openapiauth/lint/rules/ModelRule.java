package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.SecurityModel;

/** A rule that needs the whole model at once. */
abstract non-sealed class ModelRule extends Rule {

    ModelRule(RuleDescriptor descriptor) {
        super(descriptor);
    }

    abstract void check(SecurityModel model, RuleContext context);
}
