package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthErrorExposesInternalsTest {
    @Test
    void internalPropertiesThroughReferencesAndAllOfAndStackFramesInExamples() {
        assertThat(RuleFixture.findings(AuthErrorExposesInternals.ID, "bodies.yaml")).containsExactly(
                "bodies.yaml:26:23 warning GET /combined",
                "bodies.yaml:35:17 warning GET /frame",
                "bodies.yaml:59:9 warning GET /property");
    }
}
