package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static final String EXAMPLE = Path.of("../examples/petstore-auth.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void writesTheAugmentedDescriptionThatThenLintsWithoutContractErrors() {
        LintCommandTest.Run run = LintCommandTest.run("generate", "--spec-only", EXAMPLE, "-o", dir.toString(), "--realm", "pets");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("added 17 members; wrote 1 file to " + dir)
                .contains("note: reused components/responses/Unauthorized (referenced by 2 existing 401s) for the 401 of 3 operations")
                .contains("  + ").contains("#/paths/~1feed/get/responses/401");

        LintCommandTest.Run lint = LintCommandTest.run("lint", dir.resolve("petstore-auth.yaml").toString());
        assertThat(lint.out()).doesNotContain("secured-operation-without-401").doesNotContain("secured-operation-without-403")
                .doesNotContain("unauthorized-without-www-authenticate");
    }

    @Test
    void anOutputFolderThatIsTheDescriptionsOwnIsRefusedWithoutTouchingIt() throws Exception {
        Path spec = Files.copy(Path.of(EXAMPLE), dir.resolve("petstore-auth.yaml"));
        byte[] before = Files.readAllBytes(spec);

        LintCommandTest.Run named = LintCommandTest.run("generate", "--spec-only", spec.toString(), "-o", dir.toString());
        LintCommandTest.Run dot = LintCommandTest.run("generate", "--spec-only", spec.toString(), "-o", dir.resolve(".").toString());

        for (LintCommandTest.Run run : List.of(named, dot)) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("is the description's own folder").contains("petstore-auth.yaml")
                    .doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(spec)).isEqualTo(before);
    }

    @Test
    void aRelativeOutputFolderIsWritten() throws Exception {
        Path relative = Path.of("target", "generate-relative-" + System.nanoTime());
        LintCommandTest.Run run = LintCommandTest.run("generate", "--spec-only", EXAMPLE, "-o", relative.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(relative.resolve("petstore-auth.yaml")).isRegularFile();
    }

    @Test
    void usesTheRealmGiven() throws Exception {
        LintCommandTest.run("generate", "--spec-only", EXAMPLE, "-o", dir.toString(), "--realm", "pets");
        assertThat(Files.readString(dir.resolve("petstore-auth.yaml"))).contains("Bearer realm=\\\"pets\\\"");
    }

    @Test
    void stubsAreNotPromisedHere() {
        LintCommandTest.Run run = LintCommandTest.run("generate", EXAMPLE, "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--spec-only");
    }

    @Test
    void anUnreadableDescriptionIsExit2WithOneLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\n");
        LintCommandTest.Run run = LintCommandTest.run("generate", "--spec-only", bad.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).contains("bad.yaml:4:").contains("malformed YAML"));
    }
}
