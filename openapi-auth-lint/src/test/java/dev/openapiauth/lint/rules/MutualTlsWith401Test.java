package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MutualTlsWith401Test {
    @Test
    void aSecondSchemeWithAChallengeMakesThe401Fitting() {
        assertThat(RuleFixture.findings(MutualTlsWith401.ID, "operations.yaml")).containsExactly(
                "operations.yaml:8:9 warning GET /certificate-only");
    }
}
