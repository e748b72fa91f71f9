package dev.openapiauth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MojoTest
class FixMojoTest {
    private static final Path WORK = Path.of("target/harness-fix").toAbsolutePath();
    private static final String SPEC = "target/harness-fix/petstore-auth.yaml";
    private static final Path ORIGINAL = Path.of("src/test/resources/unit/petstore-auth.yaml");

    /** The goal edits its input: each test gets a fresh copy. */
    @BeforeEach
    void freshCopy() throws IOException {
        Folders.delete(WORK);
        Files.createDirectories(WORK);
        Files.copy(ORIGINAL, WORK.resolve("petstore-auth.yaml"));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "inputSpec", value = SPEC)
    void addsTheMissingContractToTheDescriptionItselfAndSaysWhatItReused(FixMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();

        String fixed = Files.readString(WORK.resolve("petstore-auth.yaml"));
        assertThat(fixed).startsWith(Files.readString(ORIGINAL).substring(0, 200)).contains("""
                        '403':
                          $ref: '#/components/responses/Forbidden'
                """);
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: fixed ") && l.endsWith("lines added"));
        assertThat(log.lines).contains("[INFO] openapi-auth:   reused components/responses/Unauthorized (referenced by 2 "
                + "existing 401s) for the 401 of 3 operations");
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "dryRun", value = "true")
    void aDryRunLogsTheDiffAndChangesNothing(FixMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();

        assertThat(Files.mismatch(WORK.resolve("petstore-auth.yaml"), ORIGINAL)).isEqualTo(-1L);
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] @@ -"));
        assertThat(log.lines).contains("[INFO] +        '403':");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: would fix "));
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "inputSpec", value = "target/harness-fix/missing.yaml")
    void aDescriptionThatCannotBeReadFailsTheBuildNamingIt(FixMojo mojo) {
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("missing.yaml");
    }
}
