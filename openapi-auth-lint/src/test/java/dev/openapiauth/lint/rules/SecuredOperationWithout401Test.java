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
    void reportsSecuredOperationsWithoutExplicit401AtTheirResponses() {
        assertThat(RuleFixture.findings(RULE, "effective-security.yaml")).containsExactly(
                "effective-security.yaml:8:7 error GET /inherits-root",
                "effective-security.yaml:24:7 warning GET /optional",
                "effective-security.yaml:37:7 error GET /mtls-or-basic",
                "effective-security.yaml:43:7 error GET /undeclared-scheme",
                "effective-security.yaml:47:7 error GET /range",
                "effective-security.yaml:51:7 error GET /default",
                "effective-security.yaml:54:5 error GET /no-responses");
    }

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

    @Test
    void readsSwagger2WithUnquotedStatusKeys() {
        assertThat(RuleFixture.findings(RULE, "swagger2.yaml")).containsExactly("swagger2.yaml:11:7 error GET /things");
    }
}
