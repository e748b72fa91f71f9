package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.load.DisplayNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The findings of the same entry documents as they were at a git revision ({@code --since}): every
 * JSON/YAML file below each document's root folder is read with {@code git show} into a snapshot
 * folder, so multi-file references resolve as they did then; a document that did not exist then
 * has no findings.
 */
public final class GitRevision {
    private static final long TIMEOUT_SECONDS = 120;

    private GitRevision() {
    }

    public static Baseline findingsAt(String revision, List<Path> specs, LintOptions options) throws BaselineException {
        Path top = repositoryTop(specs.get(0));
        git(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        Path snapshot;
        try {
            snapshot = Files.createTempDirectory("openapi-auth-since");
        } catch (IOException e) {
            throw new BaselineException("cannot create a folder for the files at " + revision + ": " + e.getMessage(), e);
        }
        try {
            Set<String> folders = new LinkedHashSet<>();
            for (Path spec : specs) {
                Path root = options.load().rootDirectory() != null ? options.load().rootDirectory() : real(spec).getParent();
                folders.add(relative(top, real(root)));
            }
            for (String folder : folders) {
                copyDocuments(top, revision, folder, snapshot);
            }
            List<Path> earlier = specs.stream().map(spec -> snapshot.resolve(relative(top, real(spec))))
                    .filter(Files::isRegularFile).toList();
            if (earlier.isEmpty()) {
                return new Baseline(List.of());
            }
            LintOptions earlierOptions = options.load().rootDirectory() == null ? options
                    : options.withRootDirectory(snapshot.resolve(relative(top, real(options.load().rootDirectory()))));
            String shownSnapshot = DisplayNames.of(snapshot) + "/";
            List<Finding> findings = new Linter(earlierOptions).lint(earlier).findings().stream()
                    .map(finding -> finding.withFilesRenamed(name -> name.startsWith(shownSnapshot)
                            ? DisplayNames.of(top.resolve(name.substring(shownSnapshot.length()))) : name))
                    .toList();
            return Baseline.of(findings);
        } finally {
            deleteRecursively(snapshot);
        }
    }

    private static Path repositoryTop(Path spec) throws BaselineException {
        String top = new String(git(real(spec).getParent(), "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).trim();
        return real(Path.of(top));
    }

    private static void copyDocuments(Path top, String revision, String folder, Path snapshot) throws BaselineException {
        String listing = new String(git(top, "ls-tree", "-r", "-z", "--name-only", revision, "--", folder.isEmpty() ? "." : folder),
                StandardCharsets.UTF_8);
        for (String name : listing.split("\0")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
                continue;
            }
            byte[] content = git(top, "show", revision + ":" + name);
            try {
                Path target = snapshot.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            } catch (IOException e) {
                throw new BaselineException("cannot write " + name + " as of " + revision + ": " + e.getMessage(), e);
            }
        }
    }

    /** Runs git in {@code directory}; its standard output, or an exception with git's own message. */
    private static byte[] git(Path directory, String... arguments) throws BaselineException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Path errors = null;
        try {
            errors = Files.createTempFile("openapi-auth-git", ".err");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BaselineException("git " + String.join(" ", arguments) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = Files.readString(errors).trim();
                throw new BaselineException("git " + String.join(" ", arguments) + " failed"
                        + (message.isEmpty() ? " (unknown revision?)" : ": " + message));
            }
            return output;
        } catch (IOException e) {
            throw new BaselineException("cannot run git (is it installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineException("interrupted while running git", e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }

    private static Path real(Path path) {
        try {
            return path.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            // A path that does not exist now (a deleted spec) is compared as written.
            return path.toAbsolutePath().normalize();
        }
    }

    private static String relative(Path top, Path path) {
        return top.relativize(path).toString().replace('\\', '/');
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
