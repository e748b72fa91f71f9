package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicOperationWith401Test {

    @Test
    void reports401OnOperationsWithoutEffectiveSecurity() {
        assertThat(RuleFixture.findings(PublicOperationWith401.ID, "public.yaml")).containsExactly(
                "public.yaml:8:9 info GET /no-security-anywhere",
                "public.yaml:13:9 info GET /public-override");
    }
}
