package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import org.junit.jupiter.api.Test;

class InconsistentAuthErrorSchemaTest {
    private static final String RULE = InconsistentAuthErrorSchema.ID;

    @Test
    void explainsTheDifference() {
        assertThat(RuleFixture.raw(RULE, "shapes.yaml", LintOptions.DEFAULT).get(0).message()).isEqualTo(
                "401 response uses application/json with #/components/schemas/Problem, while 3 of 4 401 responses use "
                        + "application/problem+json with #/components/schemas/Problem");
    }
}
