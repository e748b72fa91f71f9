package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForbiddenForRateLimitTest {
    @Test
    void aForbiddenForARateLimitOrQuota() {
        assertThat(RuleFixture.findings(ForbiddenForRateLimit.ID, "descriptions.yaml")).containsExactly(
                "descriptions.yaml:10:11 warning GET /search",
                "descriptions.yaml:17:17 warning POST /upload");
    }
}
