package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.LintOptions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecuredOperationWithout401Test {
    private static final String RULE = SecuredOperationWithout401.ID;

    @Test
    void saysWhenOnlyARangeOrDefaultCoversTheStatus() {
        assertThat(RuleFixture.messagesByPath(RULE, "effective-security.yaml")).containsEntry("/inherits-root", "secured operation does not document a 401 response")
                .containsEntry("/optional", "operation with optional authentication does not document a 401 response")
                .containsEntry("/range", "secured operation covers 401 only through the '4XX' response; document 401 "
                        + "explicitly (or accept range responses)")
                .containsEntry("/default", "secured operation covers 401 only through the 'default' response; document 401 "
                        + "explicitly (or accept range responses)");
    }

    @Test
    void rangesAndDefaultSatisfyTheRuleWhenTheUserAcceptsThem() {
        LintOptions acceptRanges = new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, true, Set.of(), Map.of());
        assertThat(RuleFixture.findings(RULE, "effective-security.yaml", acceptRanges))
                .noneMatch(f -> f.endsWith("/range") || f.endsWith("/default"))
                .hasSize(5);
    }

}
