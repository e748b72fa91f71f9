package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import org.junit.jupiter.api.Test;

class UndefinedSecuritySchemeTest {
    private static final String RULE = UndefinedSecurityScheme.ID;

    @Test
    void pointsSwagger2UsersToSecurityDefinitions() {
        assertThat(RuleFixture.raw(RULE, "swagger2.yaml", LintOptions.DEFAULT).get(0).message())
                .isEqualTo("security requirement names scheme 'oauth', which is not declared in securityDefinitions");
    }
}
