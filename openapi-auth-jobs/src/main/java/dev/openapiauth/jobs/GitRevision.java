package dev.openapiauth.jobs;

import dev.openapiauth.core.load.DisplayNames;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.baseline.Baseline;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        String comparing = "cannot compare with revision '" + revision + "': ";
        Path top = repositoryTop(specs.get(0), comparing);
        git(top, null, comparing + "the repository at " + DisplayNames.of(top) + " has no such revision",
                "rev-parse", "--verify", "--quiet", revision + "^{commit}");
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

    /** The commit checked out where {@code file} lies, or null outside a git checkout or without git. */
    public static String headCommit(Path file) {
        try {
            return new String(git(real(file).getParent(), null, "no commit", "rev-parse", "--verify", "--quiet", "HEAD"),
                    StandardCharsets.UTF_8).trim();
        } catch (BaselineException e) {
            return null;
        }
    }

    private static Path repositoryTop(Path spec, String comparing) throws BaselineException {
        String top = new String(git(real(spec).getParent(), null, comparing + DisplayNames.of(spec) + " is not in a git repository",
                "rev-parse", "--show-toplevel"), StandardCharsets.UTF_8).trim();
        return real(Path.of(top));
    }

    /**
     * Writes every JSON/YAML file below {@code folder} as of {@code revision} into the snapshot. The
     * contents come from one {@code git cat-file --batch}, not one {@code git show} per file: with the
     * description at the top of a repository every JSON and YAML file of it is copied, and a process per
     * file took seconds in a repository with thousands of them.
     */
    private static void copyDocuments(Path top, String revision, String folder, Path snapshot) throws BaselineException {
        String listing = new String(git(top, null, "cannot list the files of revision " + revision, "ls-tree", "-r", "-z", "--name-only", revision, "--", folder.isEmpty() ? "." : folder),
                StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        StringBuilder requests = new StringBuilder();
        for (String name : listing.split("\0")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) && name.indexOf('\n') < 0) {
                names.add(name);
                requests.append(revision).append(':').append(name).append('\n');
            }
        }
        if (names.isEmpty()) {
            return;
        }
        byte[] batch = git(top, requests.toString().getBytes(StandardCharsets.UTF_8), "cannot read the files of revision " + revision,
                "cat-file", "--batch");
        int at = 0;
        for (String name : names) {
            int headerEnd = indexOf(batch, (byte) '\n', at);
            String[] header = headerEnd < 0 ? new String[0] : new String(batch, at, headerEnd - at, StandardCharsets.UTF_8).split(" ");
            if (header.length != 3 || !header[1].equals("blob")) {
                throw new BaselineException("cannot read " + name + " as of revision " + revision);
            }
            int size = Integer.parseInt(header[2]);
            int contentStart = headerEnd + 1;
            if (contentStart + size > batch.length) {
                throw new BaselineException("cannot read " + name + " as of revision " + revision + ": git ended before its end");
            }
            try {
                Path target = snapshot.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, Arrays.copyOfRange(batch, contentStart, contentStart + size));
            } catch (IOException e) {
                throw new BaselineException("cannot write " + name + " as of " + revision + ": " + e.getMessage(), e);
            }
            at = contentStart + size + 1;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Runs git in {@code directory} with {@code input} (or nothing) on its standard input, read from a
     * file so that git can answer while it reads: its standard output, or an exception that says
     * {@code failure} (git's own words follow only where they add something).
     */
    private static byte[] git(Path directory, byte[] input, String failure, String... arguments) throws BaselineException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Path requests = null;
        Path errors = null;
        try {
            requests = Files.write(Files.createTempFile("openapi-auth-git", ".in"), input == null ? new byte[0] : input);
            errors = Files.createTempFile("openapi-auth-git", ".err");
            Process process = new ProcessBuilder(command).redirectInput(requests.toFile()).redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BaselineException(failure + ": git did not answer within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new BaselineException(failure);
            }
            return output;
        } catch (IOException e) {
            throw new BaselineException("comparing with a git revision needs git, which is not installed here (no git command on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaselineException("interrupted while running git", e);
        } finally {
            for (Path temporary : new Path[] {requests, errors}) {
                if (temporary != null) {
                    temporary.toFile().delete();
                }
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
