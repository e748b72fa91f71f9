package dev.openapiauth.jobs;

import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.fix.InPlaceFix;
import dev.openapiauth.fix.LineChange;
import dev.openapiauth.generate.contract.Cause;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Suggestion;
import dev.openapiauth.lint.rules.SecuredOperationWithout401;
import dev.openapiauth.lint.rules.SecuredOperationWithout403;
import dev.openapiauth.lint.rules.UnauthorizedWithoutWwwAuthenticate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code fix} would change, as suggestions on the findings each change fixes, for the reports
 * that carry fixes to a code review. A description that {@code fix} would refuse gets none: its
 * findings still stand, without a suggestion.
 */
final class FixSuggestions {
    private final ContractAugmenter planner;
    private final InPlaceFix fix;

    FixSuggestions(LintOptions options) {
        planner = new ContractAugmenter(new ContractAugmenter.Options(null, options.load(),
                options.model().includeCallbacksAndWebhooks(), false));
        fix = new InPlaceFix(options.load().limits());
    }

    List<Suggestion> of(List<Path> specs, List<Finding> findings) throws IOException {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Path spec : specs) {
            List<InPlaceFix.FileFix> files;
            try {
                files = fix.of(planner.plan(spec));
            } catch (UnreadableSpecException | UneditableDescriptionException e) {
                continue;
            }
            for (InPlaceFix.FileFix file : files) {
                for (LineChange change : LineChange.of(file)) {
                    String name = change.source().displayName();
                    suggestions.add(new Suggestion(findingFixed(change, name, findings), name, change.line(), change.line(),
                            change.replaced(), change.text()));
                }
            }
        }
        return suggestions;
    }

    /** The finding a change fixes: the one at its anchor, else the first it serves in its file; null for a shared component. */
    private static Finding findingFixed(LineChange change, String file, List<Finding> findings) {
        Finding atAnchor = findingFixed(change, file, findings, true);
        return atAnchor != null ? atAnchor : findingFixed(change, file, findings, false);
    }

    private static Finding findingFixed(LineChange change, String file, List<Finding> findings, boolean atAnchor) {
        for (Cause cause : change.causes()) {
            String rule = rule(cause.purpose());
            for (Finding finding : findings) {
                if (rule != null && finding.rule().equals(rule) && finding.file().equals(file)
                        && (!atAnchor || finding.pointer().equals(cause.anchor().pointer()))) {
                    return finding;
                }
            }
        }
        return null;
    }

    private static String rule(Cause.Purpose purpose) {
        return switch (purpose) {
            case UNAUTHORIZED -> SecuredOperationWithout401.ID;
            case FORBIDDEN -> SecuredOperationWithout403.ID;
            case CHALLENGE_HEADER -> UnauthorizedWithoutWwwAuthenticate.ID;
            case BAD_REQUEST, SHARED_COMPONENT -> null;
        };
    }
}
