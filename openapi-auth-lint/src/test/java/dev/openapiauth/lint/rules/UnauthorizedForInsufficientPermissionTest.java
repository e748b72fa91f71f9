package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnauthorizedForInsufficientPermissionTest {
    @Test
    void anUnauthorizedThatSaysTheCallerLacksAPermissionEvenWithWordsBetween() {
        assertThat(RuleFixture.findings(UnauthorizedForInsufficientPermission.ID, "descriptions.yaml")).containsExactly(
                "descriptions.yaml:9:11 warning GET /reports",
                "descriptions.yaml:17:32 warning GET /example");
    }
}
