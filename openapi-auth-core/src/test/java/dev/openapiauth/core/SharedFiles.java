package dev.openapiauth.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Files CI provides in {@code ../shared} beside the checkout. In a user's clone they are absent:
 * the tests that need them are skipped, and say so on the console, not only in the reports.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path corpus() {
        return require("openapiAuth.corpus", "the real-world corpus");
    }

    public static Path sarifSchema() {
        return require("openapiAuth.sarifSchema", "the SARIF 2.1.0 schema");
    }

    private static Path require(String property, String what) {
        String location = System.getProperty(property);
        Path path = location == null ? null : Path.of(location).normalize();
        boolean present = path != null && Files.exists(path);
        if (!present) {
            System.err.println("SKIPPED: " + what + " is not at " + path + " (../shared is absent); CI provides it.");
        }
        Assumptions.assumeTrue(present, what + " is not at " + path);
        return path;
    }

    /**
     * A corpus document copied to {@code work}, with the whole folder it lies in for a multi-file
     * description, so that a test may change it.
     */
    public static Path copyOfCorpusDocument(String file, Path work) throws IOException {
        Path real = corpus().resolve("real");
        String top = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
        try (Stream<Path> paths = Files.walk(real.resolve(top))) {
            for (Path source : paths.toList()) {
                Path target = work.resolve(real.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return work.resolve(file);
    }

    /** An example spec of the project itself, from the repository root. */
    public static Path example(String name) {
        return Path.of(System.getProperty("openapiAuth.examples", "../examples"), name);
    }
}
