package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.SecurityModel;

/** A rule that needs the whole model at once. */
non-sealed interface ModelRule extends Rule {
    void check(SecurityModel model, RuleContext context);
}
