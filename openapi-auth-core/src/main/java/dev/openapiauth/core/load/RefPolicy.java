package dev.openapiauth.core.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which referenced documents may be read: files below the root folder (also after
 * following symbolic links), and http/https only on allow-listed hosts. Nothing else, so a
 * description from a pull request can neither read the build machine's files nor make it call out.
 */
final class RefPolicy {
    private static final Set<String> REMOTE = Set.of("http", "https");
    private final Path root;
    private final Set<String> allowedHosts;

    RefPolicy(Path root, Set<String> allowedHosts) {
        this.root = root;
        this.allowedHosts = allowedHosts;
    }

    /** Throws when {@code target} must not be read; {@code written} is the reference as the document wrote it. */
    void check(URI target, String written) throws RefRefusedException {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        String writtenScheme = schemeOf(written);
        if (writtenScheme != null && !REMOTE.contains(writtenScheme)) {
            // Even a file: URI that stays inside the root is refused: documents name files relatively.
            scheme = writtenScheme;
        }
        switch (scheme) {
            case "file" -> {
                if (writtenScheme != null) {
                    throw refusedScheme(written, scheme);
                }
                checkFile(filePath(target, written), written);
            }
            case "http", "https" -> checkHost(target, written);
            default -> throw refusedScheme(written, scheme);
        }
    }

    /**
     * The local file a file: URI names. A reference that names a host ({@code //server/share/x.yaml}),
     * has a query ({@code ?}) or does not make a path (a NUL byte) names no file below the root.
     */
    static Path filePath(URI target, String written) throws RefRefusedException {
        if (target.getRawAuthority() != null || target.getRawQuery() != null) {
            throw new RefRefusedException("reference '" + written + "' is not a relative file path: it names a host or has a query");
        }
        try {
            return Path.of(target);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new RefRefusedException("reference '" + written + "' does not name a file");
        }
    }

    /** Whether the reference {@code written} names an http or https address. */
    static boolean isRemote(String written) {
        String scheme = schemeOf(written);
        return scheme != null && REMOTE.contains(scheme);
    }

    /**
     * The scheme {@code written} starts with, lower-cased (RFC 3986: a letter, then letters, digits, "+",
     * "-" or "."), or null. By hand, not a regex, as the lint path compiles none (ColdStartClassesTest).
     */
    private static String schemeOf(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ':') {
                return i == 0 ? null : written.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean later = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            if (!letter && !(i > 0 && later)) {
                return null;
            }
        }
        return null;
    }

    private static RefRefusedException refusedScheme(String written, String scheme) {
        return new RefRefusedException("reference '" + written + "' uses the '" + scheme
                + ":' scheme; only relative files and allow-listed http/https hosts are followed");
    }

    private void checkFile(Path file, String written) throws RefRefusedException {
        if (!real(file.normalize()).startsWith(root)) {
            throw new RefRefusedException("reference '" + written + "' points outside the root folder "
                    + root + "; files outside it are never read");
        }
    }

    /**
     * Where {@code path} really is: symbolic links resolved, like the root, so that a description opened
     * through a linked folder (macOS's /tmp, a checkout under a link) compares like for like, and a link
     * out of the root is caught. For a file that does not exist, its nearest existing folder is resolved.
     */
    private static Path real(Path path) throws RefRefusedException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (java.io.IOException e) {
            throw new RefRefusedException("cannot resolve the folder of '" + path + "': " + e.getMessage());
        }
    }

    private void checkHost(URI target, String written) throws RefRefusedException {
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            throw new RefRefusedException("remote reference '" + written + "' to host '" + host
                    + "' is not followed; allow the host explicitly to fetch it");
        }
    }
}
