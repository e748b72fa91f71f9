package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A description under the size limit whose tree does not fit the heap is refused with what to do, in a real JVM. */
class HeapLimitTest {
    @TempDir
    Path dir;

    @Test
    void aDescriptionTooLargeForTheHeapIsOneClearErrorLine() throws Exception {
        Path spec = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(spec, StandardCharsets.UTF_8)) {
            out.write("{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {");
            for (int i = 0; i < 120_000; i++) {
                out.write((i == 0 ? "" : ",") + "\"/p" + i + "\": {\"get\": {\"responses\": {\"401\": {\"description\": \"d\"}, "
                        + "\"403\": {\"description\": \"d\"}}}}");
            }
            out.write("}}");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process lint = new ProcessBuilder(java.toString(), "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                OpenApiAuthCommand.class.getName(), "lint", spec.toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(lint.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("too large for the heap").contains("-Xmx").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(List.of(output.split("\n"))).hasSizeLessThanOrEqualTo(3);
    }
}
