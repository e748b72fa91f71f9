package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over one model. */
public final class RuleRun {

    private RuleRun() {
    }

    /** The findings of {@code rules} on {@code model}, in no particular order. */
    public static List<Finding> check(SecurityModel model, List<Rule> rules, boolean acceptRangeResponses) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleContext context = new RuleContext(rule.descriptor(), acceptRangeResponses, findings);
            if (rule instanceof OperationRule operationRule) {
                for (Operation operation : model.operations()) {
                    operationRule.check(model, operation, context);
                }
            } else {
                ((ModelRule) rule).check(model, context);
            }
        }
        return findings;
    }
}
