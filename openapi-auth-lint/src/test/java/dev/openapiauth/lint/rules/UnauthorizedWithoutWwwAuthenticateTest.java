package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.finding.Finding;
import org.junit.jupiter.api.Test;

class UnauthorizedWithoutWwwAuthenticateTest {
    private static final String RULE = UnauthorizedWithoutWwwAuthenticate.ID;

    @Test
    void locatesASharedResponseByItsPointerInComponents() {
        assertThat(RuleFixture.raw(RULE, "headers.yaml", LintOptions.DEFAULT))
                .filteredOn(f -> f.operation().path().equals("/shared-response-a"))
                .extracting(Finding::pointer)
                .containsExactly("/components/responses/Unauthorized");
    }

    @Test
    void locatesAResponseInAnotherFileAndKeepsTheOperationThatUsesIt() {
        Finding finding = RuleFixture.raw(RULE, "multi/api.yaml", LintOptions.DEFAULT).get(0);
        assertThat(finding.file()).endsWith("rules/unauthorized-without-www-authenticate/multi/responses/unauthorized.yaml");
        assertThat(finding.line()).isEqualTo(1);
        assertThat(finding.column()).isEqualTo(1);
        assertThat(finding.pointer()).isEmpty();
        assertThat(finding.operation().label()).isEqualTo("GET /things");
        assertThat(finding.operation().operationId()).isEqualTo("listThings");
    }

}
