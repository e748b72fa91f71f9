package dev.openapiauth.lint.rules;

/**
 * One check over the security model, declared in one place: a final class whose constructor hands its
 * {@link RuleDescriptor} (id, default severity, title, description, fix) to this class, listed in
 * {@link Rules}. A rule either judges each operation on its own or needs the whole model at once (to
 * compare operations or to see problems outside any operation).
 *
 * <p>The descriptor is a constructor argument rather than an annotation in the manner of Error Prone's
 * {@code @BugPattern}: reading runtime annotations builds proxy classes in every cold run, which cost
 * more than all the rules together.
 */
public abstract sealed class Rule permits OperationRule, ModelRule {
    private final RuleDescriptor descriptor;

    Rule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    public final RuleDescriptor descriptor() {
        return descriptor;
    }
}
