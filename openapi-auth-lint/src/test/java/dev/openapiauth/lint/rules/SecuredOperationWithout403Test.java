package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.LintOptions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecuredOperationWithout403Test {
    private static final String RULE = SecuredOperationWithout403.ID;

    @Test
    void namesTheMissingStatusAndTheScopesThatMakeItCertain() {
        assertThat(RuleFixture.messagesByPath(RULE, "scopes.yaml"))
                .containsEntry("/scopes-required", "secured operation does not document a 403 response, although it requires scopes")
                .containsEntry("/no-scopes", "secured operation does not document a 403 response")
                .containsEntry("/range-only", "secured operation covers 403 only through the '4XX' response; document 403 "
                        + "explicitly (or accept range responses), although it requires scopes");
    }

    @Test
    void acceptsA4xxRangeOnlyWhenAsked() {
        LintOptions acceptRanges = new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, true, Set.of(), Map.of());
        assertThat(RuleFixture.findings(RULE, "scopes.yaml", acceptRanges)).noneMatch(f -> f.endsWith("/range-only"));
    }
}
