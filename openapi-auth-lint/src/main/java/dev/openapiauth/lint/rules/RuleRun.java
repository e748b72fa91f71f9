package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over one model. */
public final class RuleRun {
    /** Room for this many findings per operation before the list grows; growing it was a fifth of the rules' time. */
    private static final int EXPECTED_FINDINGS_PER_OPERATION = 4;

    private RuleRun() {
    }

    /** The findings of {@code rules} on {@code model}, in no particular order. */
    public static List<Finding> check(SecurityModel model, List<Rule> rules, boolean acceptRangeResponses) {
        List<Operation> operations = model.operations();
        List<Finding> findings = new ArrayList<>(EXPECTED_FINDINGS_PER_OPERATION * operations.size());
        OperationRef[] references = new OperationRef[operations.size()];
        List<OperationRule> operationRules = new ArrayList<>(rules.size());
        List<RuleContext> operationContexts = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            RuleContext context = new RuleContext(rule.descriptor(), acceptRangeResponses, findings, references);
            if (rule instanceof OperationRule operationRule) {
                operationRules.add(operationRule);
                operationContexts.add(context);
            } else {
                ((ModelRule) rule).check(model, context);
            }
        }
        // All rules look at an operation in turn, while its objects are still in the CPU's cache: one pass per rule
        // read the model from memory again each time.
        for (Operation operation : operations) {
            for (int i = 0; i < operationRules.size(); i++) {
                operationRules.get(i).check(model, operation, operationContexts.get(i));
            }
        }
        return findings;
    }
}
