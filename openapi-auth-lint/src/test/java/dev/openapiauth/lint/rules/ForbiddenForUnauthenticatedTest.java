package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForbiddenForUnauthenticatedTest {
    @Test
    void aForbiddenThatSaysTheCallerIsNotAuthenticatedInItsDescriptionOrAReferencedExample() {
        assertThat(RuleFixture.findings(ForbiddenForUnauthenticated.ID, "descriptions.yaml")).containsExactly(
                "descriptions.yaml:10:11 warning GET /expired",
                "descriptions.yaml:30:33 warning GET /example");
    }
}
