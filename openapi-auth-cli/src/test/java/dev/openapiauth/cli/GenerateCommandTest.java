package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(run.out()).contains("added 20 members; wrote 1 file to " + dir)
                .contains("note: components/schemas/Problem is already used by the description; added components/schemas/Problem2")
                .contains("  + ").contains("#/paths/~1feed/get/responses/401");

        LintCommandTest.Run lint = LintCommandTest.run("lint", dir.resolve("petstore-auth.yaml").toString());
        assertThat(lint.out()).doesNotContain("secured-operation-without-401").doesNotContain("secured-operation-without-403")
                .doesNotContain("unauthorized-without-www-authenticate");
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
