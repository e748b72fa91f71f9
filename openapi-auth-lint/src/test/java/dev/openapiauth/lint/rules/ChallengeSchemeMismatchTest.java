package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import org.junit.jupiter.api.Test;

class ChallengeSchemeMismatchTest {
    private static final String RULE = ChallengeSchemeMismatch.ID;

    @Test
    void reportsDeclaredChallengesNoneOfWhichTheOperationAccepts() {
        assertThat(RuleFixture.findings(RULE, "challenges.yaml")).containsExactly(
                "challenges.yaml:15:24 warning GET /bearer-but-basic-enum",
                "challenges.yaml:39:17 warning GET /pattern-mismatch",
                "challenges.yaml:61:15 warning GET /header-example-mismatch",
                "challenges.yaml:76:19 warning GET /examples-object-mismatch",
                "challenges.yaml:115:7 warning GET /shared-header");
    }

    @Test
    void followsReferencesIntoPartsTheLinterOnlySkims() {
        assertThat(RuleFixture.findings(RULE, "refs-into-skimmed-parts.json")).containsExactly(
                "refs-into-skimmed-parts.json:20:78 warning GET /via-a-parameter",
                "refs-into-skimmed-parts.json:35:22 warning GET /via-a-response-schema",
                "refs-into-skimmed-parts.json:58:53 warning GET /via-components");
    }

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
