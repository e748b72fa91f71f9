package dev.openapiauth.lint.rules;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import dev.openapiauth.lint.finding.Severity;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What a rule may read of the options, and where it reports; drops what {@code x-openapi-auth-ignore} suppresses. */
public final class RuleContext {
    private final RuleDescriptor rule;
    private final boolean acceptRangeResponses;
    private final List<Finding> findings;
    private final Map<Node, Object> remembered = new IdentityHashMap<>();

    /** @param findings where the findings go, shared by the contexts of one model's rules */
    RuleContext(RuleDescriptor rule, boolean acceptRangeResponses, List<Finding> findings) {
        this.rule = rule;
        this.findings = findings;
        this.acceptRangeResponses = acceptRangeResponses;
    }

    /** What a rule remembers for a node where it found nothing, so that it is not looked at again. */
    static final Object NOTHING = new Object();

    /**
     * What a rule found out about {@code node} earlier in this model's run, or null: a response component
     * shared by a thousand operations is read once, not a thousand times. Keyed by identity, as the
     * tree's nodes are unique.
     */
    Object recall(Node node) {
        return remembered.get(node);
    }

    void remember(Node node, Object finding) {
        remembered.put(node, finding);
    }

    /** Whether {@code 4XX} and {@code default} responses satisfy the 401/403 rules. */
    public boolean acceptRangeResponses() {
        return acceptRangeResponses;
    }

    public void report(Operation operation, Place at, String message) {
        report(operation, at, message, rule.defaultSeverity());
    }

    public void report(Operation operation, Place at, String message, Severity severity) {
        if (suppressed(operation)) {
            return;
        }
        findings.add(new Finding(rule.id(), severity, message, at.file().displayName(), at.line(), at.column(), at.pointer(),
                reference(operation)));
    }

    public void report(Operation operation, LoadProblem problem) {
        if (suppressed(operation)) {
            return;
        }
        findings.add(new Finding(rule.id(), rule.defaultSeverity(), problem.message(), problem.file(), problem.line(),
                problem.column(), problem.pointer(), reference(operation)));
    }

    private boolean suppressed(Operation operation) {
        return operation != null && operation.ignored().contains(rule.id());
    }

    private static OperationRef reference(Operation operation) {
        return operation == null ? null : OperationRef.of(operation);
    }
}
