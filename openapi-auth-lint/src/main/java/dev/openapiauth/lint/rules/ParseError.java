package dev.openapiauth.lint.rules;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** Documents and references that cannot be read, or that a limit or the reference policy refused. */
public final class ParseError extends ModelRule {
    public static final String ID = "parse-error";

    public ParseError() {
        super(new RuleDescriptor(ID, Severity.ERROR, "",
                "Document or reference cannot be read",
                "The document or a reference cannot be read: malformed YAML or JSON, a missing target, or something the "
                        + "safety policy refuses (remote hosts not allow-listed, files outside the root folder, "
                        + "file:/classpath: URIs, documents over the size, depth or alias limits).",
                "Fix the document or reference at the reported line; for a trusted remote host, allow it explicitly."));
    }

    @Override
    void check(SecurityModel model, RuleContext context) {
        for (LoadProblem problem : model.problems()) {
            context.report(null, problem);
        }
        for (Operation operation : model.operations()) {
            for (LoadProblem problem : operation.problems()) {
                context.report(operation, problem);
            }
        }
    }
}
