package dev.openapiauth.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.finding.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
    @TempDir
    static Path copies;

    /** The model fixtures come from the core module's test jar: each is copied out to be linted as a file. */
    private static List<String> findings(String fixture, boolean includeCallbacks) throws Exception {
        Path spec = copies.resolve(fixture.replace('/', '-'));
        try (InputStream in = LinterTest.class.getResourceAsStream("/" + fixture)) {
            Files.copy(in, spec, StandardCopyOption.REPLACE_EXISTING);
        }
        LintOptions options = new LintOptions(LoadOptions.DEFAULT, new ModelOptions(includeCallbacks), false, Set.of(), Map.of());
        return new Linter(options).lint(List.of(spec)).findings().stream()
                .map(f -> f.rule() + " " + f.operation().label()).toList();
    }

    @Test
    void honoursIgnoresFromTheRootAndThePathItem() throws Exception {
        assertThat(findings("model/callbacks.yaml", false)).containsExactly("secured-operation-without-401 POST /subscriptions");
    }

    @Test
    void lintsCallbackOperationsWhenAsked() throws Exception {
        assertThat(findings("model/callbacks.yaml", true)).containsExactlyInAnyOrder(
                "secured-operation-without-401 POST /subscriptions",
                "unauthorized-without-www-authenticate POST callback:onEvent {$request.body#/callbackUrl}",
                "auth-error-without-body POST callback:onEvent {$request.body#/callbackUrl}",
                "secured-operation-without-401 PUT callback:onRef {$request.body#/otherUrl}",
                "secured-operation-without-403 PUT callback:onRef {$request.body#/otherUrl}");
    }

    @Test
    void anIgnoreHoldsForItsOwnOperationEvenWhenAnotherOneHasTheSameLabel() throws Exception {
        // Both callbacks are "POST callback:onEvent {$request.body#/url}"; only the one under /orders ignores the 401 rule.
        assertThat(findings("model/same-label-callbacks.yaml", true)).filteredOn(f -> f.contains("callback:"))
                .containsExactlyInAnyOrder(
                        "secured-operation-without-403 POST callback:onEvent {$request.body#/url}",
                        "secured-operation-without-401 POST callback:onEvent {$request.body#/url}",
                        "secured-operation-without-403 POST callback:onEvent {$request.body#/url}");
    }

    @Test
    void anUnknownRuleInTheOptionsIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, false, Set.of("nope"), Map.of()))
                .withMessageContaining("unknown rule 'nope'");
    }

    @Test
    void ordersFindingsByFileLineAndColumn() throws Exception {
        Path spec = Path.of(LinterTest.class.getResource("/rules/parse-error/refs.yaml").toURI());
        List<Finding> findings = new Linter(LintOptions.DEFAULT).lint(List.of(spec)).findings();
        assertThat(findings).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void anUnreadableEntryDocumentFollowsSeverityAndIgnoreButStaysUnreadable(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.yaml"), "openapi: [\n");
        LintOptions warning = new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, false, Set.of(),
                Map.of("parse-error", dev.openapiauth.lint.finding.Severity.WARNING));
        LintOptions ignored = new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, false, Set.of("parse-error"), Map.of());

        LintResult asWarning = new Linter(warning).lint(List.of(broken));
        LintResult asIgnored = new Linter(ignored).lint(List.of(broken));

        assertThat(asWarning.findings()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(dev.openapiauth.lint.finding.Severity.WARNING));
        assertThat(asIgnored.findings()).isEmpty();
        assertThat(asWarning.unreadable()).hasSize(1);
        assertThat(asIgnored.unreadable()).as("never 'clean' about a document that was not read").hasSize(1);
    }
}
