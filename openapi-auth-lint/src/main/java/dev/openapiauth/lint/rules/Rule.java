package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.model.SecurityModel;

/** One check over the security model; each rule is a final class listed in {@link Rules}. */
public interface Rule {
    RuleDescriptor descriptor();

    void check(SecurityModel model, RuleContext context);
}
