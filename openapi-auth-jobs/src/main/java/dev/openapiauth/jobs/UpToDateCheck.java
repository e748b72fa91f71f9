package dev.openapiauth.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers what the last completed run read (every file, also those reached through {@code $ref})
 * and what it found, so an unchanged run can skip the work and still report the same outcome.
 * A file counts as unchanged when its size and modification time are as recorded, or else when its
 * SHA-256 is.
 */
public final class UpToDateCheck {
    private static final String RESULT = "result.";
    private final Path stateFile;

    public UpToDateCheck(Path stateFile) {
        this.stateFile = stateFile;
    }

    /** The results recorded by the last run when {@code key} is the same and no file it read has changed. */
    public Optional<Map<String, String>> unchanged(String key) {
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            state.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // No state yet (NoSuchFileException) or an unreadable one: either way, do the work.
            return Optional.empty();
        }
        if (!key.equals(state.getProperty("key"))) {
            return Optional.empty();
        }
        int files = Integer.parseInt(state.getProperty("files", "-1"));
        for (int i = 0; i < files; i++) {
            if (changed(state, i)) {
                return Optional.empty();
            }
        }
        Map<String, String> results = new HashMap<>();
        for (String name : state.stringPropertyNames()) {
            if (name.startsWith(RESULT)) {
                results.put(name.substring(RESULT.length()), state.getProperty(name));
            }
        }
        return Optional.of(results);
    }

    /** Records a completed run; sources that are not local files make every later run do the work. */
    public void record(String key, List<URI> sources, Map<String, String> results) throws IOException {
        if (sources.stream().anyMatch(uri -> !"file".equals(uri.getScheme()))) {
            Files.deleteIfExists(stateFile);
            return;
        }
        Properties state = new Properties();
        state.setProperty("key", key);
        state.setProperty("files", String.valueOf(sources.size()));
        for (int i = 0; i < sources.size(); i++) {
            Path file = Path.of(sources.get(i));
            state.setProperty("file." + i, file.toString());
            state.setProperty("size." + i, String.valueOf(Files.size(file)));
            state.setProperty("modified." + i, String.valueOf(Files.getLastModifiedTime(file).toMillis()));
            state.setProperty("sha256." + i, sha256(file));
        }
        results.forEach((name, value) -> state.setProperty(RESULT + name, value));
        Files.createDirectories(stateFile.getParent());
        Path temporary = Files.createTempFile(stateFile.getParent(), ".state", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            state.store(out, "openapi-auth lint state; delete to force a full run");
        }
        // Atomic, so a parallel or interrupted build never reads half a state file.
        Files.move(temporary, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last run, so the next one does the work. */
    public void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    private static boolean changed(Properties state, int i) {
        Path file = Path.of(state.getProperty("file." + i, ""));
        try {
            if (Files.size(file) != Long.parseLong(state.getProperty("size." + i))) {
                return true;
            }
            if (Files.getLastModifiedTime(file).toMillis() == Long.parseLong(state.getProperty("modified." + i))) {
                return false;
            }
            return !sha256(file).equals(state.getProperty("sha256." + i));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** SHA-256 of a text, for keys made of options. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
