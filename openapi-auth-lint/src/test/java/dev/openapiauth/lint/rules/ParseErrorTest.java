package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseErrorTest {
    private static final String RULE = ParseError.ID;

    @Test
    void saysWhyEachReferenceWasRefused() {
        List<String> messages = RuleFixture.raw(RULE, "refs.yaml", LintOptions.DEFAULT).stream().map(Finding::message).toList();
        assertThat(messages).satisfiesExactly(
                m -> assertThat(m).contains("has nothing at #/components/responses/DoesNotExist"),
                m -> assertThat(m).contains("responses/nowhere.yaml cannot be read: no such file"),
                m -> assertThat(m).contains("host 'example.com' is not followed"),
                m -> assertThat(m).contains("points outside the root folder"),
                m -> assertThat(m).contains("uses the 'file:' scheme"),
                m -> assertThat(m).contains("uses the 'classpath:' scheme"),
                m -> assertThat(m).contains("paths/missing.yaml cannot be read"),
                m -> assertThat(m).startsWith("circular reference"));
    }

    @Test
    void pointsAtTheRefMember() {
        assertThat(RuleFixture.raw(RULE, "refs.yaml", LintOptions.DEFAULT).get(0).pointer())
                .isEqualTo("/paths/~1missing-target/get/responses/401/$ref");
    }
}
