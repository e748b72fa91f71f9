package dev.openapiauth.lint.rules;

/**
 * One check over the security model; each rule is a final class listed in {@link Rules}. A rule
 * either judges each operation on its own or needs the whole model at once (to compare operations
 * or to see problems outside any operation).
 */
public sealed interface Rule permits OperationRule, ModelRule {
    RuleDescriptor descriptor();
}
