package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Report files: their names in a folder of reports ({@code openapi-auth.sarif}, {@code .json}, {@code .txt}), and writing one. */
public final class ReportFiles {
    public static final String BASE_NAME = "openapi-auth";

    private ReportFiles() {
    }

    public static Path path(Path directory, ReportFormat format) {
        return directory.resolve(BASE_NAME + "." + format.extension());
    }

    /** Writes one report to {@code file}, creating its folder. */
    public static void write(LintResult result, Reporter reporter, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            reporter.write(result, out);
        }
    }
}
