package dev.openapiauth.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Finds spec files below a folder by glob patterns ({@code **}{@code /*.yaml}), in a stable order. */
public final class SpecFiles {
    /** Where a project keeps its descriptions when it names none. */
    public static final String DEFAULT_DIRECTORY = "src/main/openapi";
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    private SpecFiles() {
    }

    /**
     * Regular files below {@code directory} whose path relative to it matches an include and no
     * exclude, sorted by that path; none when the folder does not exist.
     */
    public static List<Path> scan(Path directory, List<String> includes, List<String> excludes) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        FileSystem fs = directory.getFileSystem();
        List<PathMatcher> include = matchers(fs, includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> exclude = matchers(fs, excludes);
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        Path relative = directory.relativize(file);
                        return matches(include, relative) && !matches(exclude, relative);
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static List<PathMatcher> matchers(FileSystem fs, List<String> globs) {
        // "**/*.yaml" should also match files directly in the folder, as in Ant and Maven filesets.
        return globs.stream()
                .flatMap(glob -> glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob))
                .map(glob -> fs.getPathMatcher("glob:" + glob))
                .toList();
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }
}
