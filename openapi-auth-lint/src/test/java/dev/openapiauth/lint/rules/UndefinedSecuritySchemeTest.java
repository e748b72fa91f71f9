package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import org.junit.jupiter.api.Test;

class UndefinedSecuritySchemeTest {
    private static final String RULE = UndefinedSecurityScheme.ID;

    @Test
    void reportsTheUndeclaredNameInRootAndOperationRequirements() {
        assertThat(RuleFixture.findings(RULE, "names.yaml")).containsExactly(
                "names.yaml:4:5 error GET /inherits-root",
                "names.yaml:14:11 error GET /own");
    }

    @Test
    void pointsSwagger2UsersToSecurityDefinitions() {
        assertThat(RuleFixture.findings(RULE, "swagger2.yaml")).containsExactly("swagger2.yaml:7:11 error GET /things");
        assertThat(RuleFixture.raw(RULE, "swagger2.yaml", LintOptions.DEFAULT).get(0).message())
                .isEqualTo("security requirement names scheme 'oauth', which is not declared in securityDefinitions");
    }
}
