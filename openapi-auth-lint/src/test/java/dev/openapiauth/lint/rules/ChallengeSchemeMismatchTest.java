package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import org.junit.jupiter.api.Test;

class ChallengeSchemeMismatchTest {
    private static final String RULE = ChallengeSchemeMismatch.ID;

    @Test
    void namesWhatIsDeclaredAndWhatIsAccepted() {
        assertThat(RuleFixture.raw(RULE, "challenges.yaml", LintOptions.DEFAULT).get(1).message())
                .isEqualTo("WWW-Authenticate declares Bearer, Digest, but the operation accepts only Basic");
    }

    @Test
    void readsTheLeadingWordOfEachPatternAlternative() {
        assertThat(DeclaredChallenges.patternSchemes("^(Bearer|Basic) .*")).containsExactly("Bearer", "Basic");
        assertThat(DeclaredChallenges.patternSchemes("(?i)bearer\\s+realm=.*")).containsExactly("bearer");
        assertThat(DeclaredChallenges.patternSchemes("^.*$")).isEmpty();
    }
}
