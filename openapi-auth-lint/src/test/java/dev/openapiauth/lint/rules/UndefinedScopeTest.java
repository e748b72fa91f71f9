package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UndefinedScopeTest {
    private static final String RULE = UndefinedScope.ID;

    @Test
    void acceptsScopesOfAnyFlowAndReportsTheOthersAtTheScope() {
        assertThat(RuleFixture.findings(RULE, "scopes.yaml")).containsExactly("scopes.yaml:7:32 error GET /things");
    }

    @Test
    void readsSwagger2ScopesInJson() {
        assertThat(RuleFixture.findings(RULE, "swagger2.json")).containsExactly("swagger2.json:10:41 error GET /things");
    }
}
