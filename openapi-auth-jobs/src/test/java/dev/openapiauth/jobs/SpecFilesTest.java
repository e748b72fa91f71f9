package dev.openapiauth.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsMatchingFilesAtAnyDepthSortedAndHonoursExcludes() throws IOException {
        write("b.yaml");
        write("a/nested.json");
        write("a/draft.yml");
        write("notes.txt");

        assertThat(SpecFiles.scan(dir, List.of(), List.of("**/draft.*")))
                .containsExactly(dir.resolve("a/nested.json"), dir.resolve("b.yaml"));
    }

    @Test
    void followsASymbolicLinkToASpecFile() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = Files.writeString(elsewhere.resolve("real.yaml"), "openapi: 3.0.3\n");
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.createSymbolicLink(specs.resolve("linked.yaml"), target);

        assertThat(SpecFiles.scan(specs, List.of(), List.of())).containsExactly(specs.resolve("linked.yaml"));
    }

    @Test
    void aMissingFolderHasNoFiles() throws IOException {
        assertThat(SpecFiles.scan(dir.resolve("absent"), List.of(), List.of())).isEmpty();
    }

    private void write(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
