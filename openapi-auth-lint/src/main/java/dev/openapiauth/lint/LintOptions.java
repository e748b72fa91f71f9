package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.load.LoadOptions;
import dev.openapiauth.lint.model.ModelOptions;
import dev.openapiauth.lint.rules.Rules;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything a lint run can be told.
 *
 * @param ignoredRules          rule ids never reported
 * @param severities            rule id → severity replacing the rule's own
 * @param acceptRangeResponses  let {@code 4XX} and {@code default} satisfy the 401/403 rules
 */
public record LintOptions(LoadOptions load, ModelOptions model, boolean acceptRangeResponses,
                          Set<String> ignoredRules, Map<String, Severity> severities) {

    public static final LintOptions DEFAULT =
            new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, false, Set.of(), Map.of());

    public LintOptions {
        ignoredRules = Set.copyOf(ignoredRules);
        severities = Map.copyOf(severities);
        Stream.concat(ignoredRules.stream(), severities.keySet().stream())
                .filter(id -> Rules.byId(id).isEmpty())
                .findFirst()
                .ifPresent(id -> {
                    throw new IllegalArgumentException("unknown rule '" + id + "' (see `openapi-auth rules`)");
                });
    }
}
