package dev.openapiauth.jobs;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
     *
     * @throws IOException when a folder below it cannot be listed: a description there would go unlinted
     */
    public static List<Path> scan(Path directory, List<String> includes, List<String> excludes) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        FileSystem fs = directory.getFileSystem();
        List<PathMatcher> include = matchers(fs, includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        List<PathMatcher> exclude = matchers(fs, excludes);
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = directory.relativize(file);
                boolean regular = attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && matches(include, relative) && !matches(exclude, relative)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        return List.copyOf(found);
    }

    /**
     * Whether a file found by {@link #scan} is a fragment (a schema or responses file that descriptions
     * reference) rather than a description: nowhere in it is an {@code openapi} or {@code swagger} key.
     * When in doubt it is a description, so that a description is never skipped; a fragment taken for
     * one fails with "not an OpenAPI description", which says what to exclude.
     */
    public static boolean isFragment(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        return !hasKey(text, "openapi") && !hasKey(text, "swagger");
    }

    private static boolean hasKey(String text, String key) {
        for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
            int i = at + key.length();
            if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                i++;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(FileSystem fs, List<String> globs) {
        // "**/*.yaml" should also match files directly in the folder, as in Ant and Maven filesets.
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(fs.getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(fs.getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
