package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Writes one report file per format into a folder: {@code openapi-auth.sarif}, {@code .json}, {@code .txt}. */
public final class ReportFiles {
    public static final String BASE_NAME = "openapi-auth";

    private ReportFiles() {
    }

    public static Path path(Path directory, ReportFormat format) {
        return directory.resolve(BASE_NAME + "." + format.extension());
    }

    public static List<Path> write(LintResult result, Path directory, Collection<ReportFormat> formats) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = path(directory, format);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.reporter().write(result, out);
            }
            written.add(file);
        }
        return written;
    }
}
