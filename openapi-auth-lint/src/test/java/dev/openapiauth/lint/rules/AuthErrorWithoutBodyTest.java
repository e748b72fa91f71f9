package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthErrorWithoutBodyTest {
    private static final String RULE = AuthErrorWithoutBody.ID;

    @Test
    void reports401And403WithoutOrWithEmptyContent() {
        assertThat(RuleFixture.findings(RULE, "bodies.yaml")).containsExactly(
                "bodies.yaml:9:9 warning GET /no-bodies",
                "bodies.yaml:11:9 warning GET /no-bodies");
    }

    @Test
    void aSwagger2ResponseWithoutSchemaHasNoBody() {
        assertThat(RuleFixture.findings(RULE, "swagger2.yaml")).containsExactly("swagger2.yaml:7:9 warning GET /things");
    }
}
