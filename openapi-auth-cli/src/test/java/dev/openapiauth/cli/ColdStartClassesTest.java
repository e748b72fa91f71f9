package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint path's one speed policy, measured rather than commented: a command-line lint loads no lambda,
 * stream or regular-expression machinery, and hashes or compares no record (whose methods are bootstrapped
 * through method handles on first use). In a fresh JVM with the class-data-sharing archive the first
 * lambda costs about 4 ms and a first stream pipeline 6 to 7 ms, against about 150 ms for a whole lint of
 * a 4 MB JSON description.
 */
class ColdStartClassesTest {
    /** Lambdas, streams, regular expressions, and the bootstrap of a record's equals, hashCode and toString. */
    private static final List<String> FORBIDDEN = List.of("java.lang.invoke.LambdaMetafactory",
            "java.lang.invoke.InnerClassLambdaMetafactory", "java.util.regex.Pattern", "java.util.stream.ReferencePipeline",
            "java.lang.runtime.ObjectMethods", "java.lang.invoke.InvokerBytecodeGenerator");

    @TempDir
    Path dir;

    @Test
    void aLintOfChallengesWordsAndInternalsLoadsNoLambdaStreamOrRegex() throws Exception {
        Path fixture = Path.of(ColdStartClassesTest.class.getResource("/cold-start/challenges.json").toURI());
        assertThat(forbiddenClassesLoaded("lint", "--fail-on", "never", fixture.toString())).isEmpty();
        assertThat(forbiddenClassesLoaded("lint", "--fail-on", "never", "--format", "json", fixture.toString())).isEmpty();
    }

    @Test
    void aLintOfALargeRealDescriptionLoadsNoLambdaStreamOrRegex() throws Exception {
        Path github = SharedFiles.corpus().resolve("real/github__api.github.com.json");
        assertThat(forbiddenClassesLoaded("lint", "--fail-on", "never", "--format", "json", github.toString())).isEmpty();
    }

    @Test
    void aLintOfALargeRealYamlDescriptionLoadsNoLambdaStreamOrRegex() throws Exception {
        Path okta = SharedFiles.corpus().resolve("real/okta__management-minimal.yaml");
        assertThat(forbiddenClassesLoaded("lint", "--fail-on", "never", "--format", "json", okta.toString())).isEmpty();
    }

    /** Runs the command line in a JVM of its own and lists the forbidden classes it loaded. */
    private List<String> forbiddenClassesLoaded(String... arguments) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                OpenApiAuthCommand.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor()).as("exit code of %s", command).isZero();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            for (String forbidden : FORBIDDEN) {
                if (line.contains(" " + forbidden)) {
                    loaded.add(line);
                }
            }
        }
        return loaded;
    }
}
