package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;

/**
 * A rule that reads what an operation's 401 or 403 says (description and examples) for a phrase of
 * one word list in {@code auth-error-words.txt}, and reports the first it finds.
 */
abstract class ResponseWordsRule extends OperationRule {
    private final boolean forbidden;
    private final String section;

    /** @param forbidden read the 403 (else the 401) */
    ResponseWordsRule(RuleDescriptor descriptor, boolean forbidden, String section) {
        super(descriptor);
        this.forbidden = forbidden;
        this.section = section;
    }

    @Override
    final void check(SecurityModel model, Operation operation, RuleContext context) {
        Response response = forbidden ? operation.forbidden() : operation.unauthorized();
        if (response == null || response.definition() == null) {
            return;
        }
        Object known = context.recall(response.definition().node());
        if (known == null) {
            ResponseTexts.Said said = ResponseTexts.firstPhrase(model.resolver(), response, section);
            known = said == null ? RuleContext.NOTHING : said;
            context.remember(response.definition().node(), known);
        }
        if (known instanceof ResponseTexts.Said said) {
            context.report(operation, said.place(), message(said.phrase()));
        }
    }

    /** The finding's message, for the phrase the response says. */
    abstract String message(String phrase);
}
