package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
    private static final Path EXAMPLE = Path.of("../examples/petstore-auth.yaml");

    @TempDir
    Path dir;

    @Test
    void fixesTheFileInPlaceSoThatItsLintHasNoContractFindingsAndASecondFixDoesNothing() throws Exception {
        Path spec = Files.copy(EXAMPLE, dir.resolve("api.yaml"));

        LintCommandTest.Run run = LintCommandTest.run("fix", spec.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("fixed " + spec + ": 25 lines added")
                .contains("  reused components/responses/Forbidden (referenced by 1 existing 403) for the 403 of 3 operations")
                .contains("  added components/headers/WWW-Authenticate");
        LintCommandTest.Run lint = LintCommandTest.run("lint", spec.toString());
        assertThat(lint.out()).doesNotContain("secured-operation-without-401").doesNotContain("secured-operation-without-403")
                .doesNotContain("unauthorized-without-www-authenticate");
        byte[] once = Files.readAllBytes(spec);
        assertThat(LintCommandTest.run("fix", spec.toString()).out()).contains(spec + ": nothing to fix");
        assertThat(Files.readAllBytes(spec)).isEqualTo(once);
    }

    @Test
    void aDryRunPrintsOnlyTheDiffOnStandardOutputAndChangesNothing() throws Exception {
        Path spec = Files.copy(EXAMPLE, dir.resolve("api.yaml"));

        LintCommandTest.Run run = LintCommandTest.run("fix", "--dry-run", spec.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.mismatch(spec, EXAMPLE)).isEqualTo(-1L);
        assertThat(run.out()).startsWith("--- " + spec + "\n+++ " + spec + "\n@@ -18,6 +18,9 @@\n")
                .contains("+        '403':\n+          $ref: '#/components/responses/Forbidden'\n");
        assertThat(run.out().lines()).allMatch(l -> l.startsWith("---") || l.startsWith("+++") || l.startsWith("@@")
                || l.startsWith(" ") || l.startsWith("+") || l.startsWith("-"));
        assertThat(run.err()).contains("would fix " + spec + ": 25 lines added");
    }

    @Test
    void anUnreadableDescriptionIsExit2WithOneLineAndTheOthersAreStillFixed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\n");
        Path good = Files.copy(EXAMPLE, dir.resolve("api.yaml"));

        LintCommandTest.Run run = LintCommandTest.run("fix", bad.toString(), good.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("bad.yaml:4:").contains("malformed YAML"));
        assertThat(Files.mismatch(good, EXAMPLE)).isNotEqualTo(-1L);
    }
}
