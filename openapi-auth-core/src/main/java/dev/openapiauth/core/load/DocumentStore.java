package dev.openapiauth.core.load;

import dev.openapiauth.core.source.SourceFile;
import dev.openapiauth.core.source.SourceParseException;
import dev.openapiauth.core.source.SourceParser;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads each document of a description once, under the reference policy, and remembers failures too. */
final class DocumentStore {
    private static final int READ_STEP = 64 * 1024;

    private final SourceParser parser;
    private final RefPolicy policy;
    private final RemoteDocuments remote;
    private final Map<URI, SourceFile> files = new LinkedHashMap<>();
    private final Map<URI, String> failures = new LinkedHashMap<>();

    DocumentStore(SourceParser parser, RefPolicy policy, RemoteDocuments remote) {
        this.parser = parser;
        this.policy = policy;
        this.remote = remote;
    }

    /** Reads the entry document, which the user named and so is not subject to the policy. */
    SourceFile readEntry(Path path) throws UnreadableSpecException {
        String name = DisplayNames.of(path);
        try {
            SourceFile file = parse(path.toUri(), name, readFile(path));
            files.put(file.uri(), file);
            return file;
        } catch (SourceParseException e) {
            throw new UnreadableSpecException(new LoadProblem(name, e.line(), e.column(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UnreadableSpecException(new LoadProblem(name, 1, 1, "", "cannot read file: "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName())));
        }
    }

    /** The document at {@code uri} (without fragment), read once; {@code written} is the reference as written. */
    SourceFile get(URI uri, String written) throws RefRefusedException {
        SourceFile known = files.get(uri);
        if (known != null) {
            return known;
        }
        String failure = failures.get(uri);
        if (failure != null) {
            throw new RefRefusedException(failure);
        }
        policy.check(uri, written);
        try {
            SourceFile file = parse(uri, DisplayNames.of(uri), read(uri));
            files.put(uri, file);
            return file;
        } catch (SourceParseException e) {
            String message = "cannot read " + DisplayNames.of(uri) + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
            failures.put(uri, message);
            throw new RefRefusedException(message);
        } catch (RefRefusedException e) {
            failures.put(uri, e.getMessage());
            throw e;
        }
    }

    List<SourceFile> files() {
        return new ArrayList<>(files.values());
    }

    private byte[] read(URI uri) throws RefRefusedException {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            return remote.fetch(uri);
        }
        Path path = RefPolicy.filePath(uri, uri.toString());
        try {
            return readFile(path);
        } catch (SourceParseException e) {
            throw new RefRefusedException("referenced file " + DisplayNames.of(path) + ": " + e.getMessage());
        } catch (IOException e) {
            throw new RefRefusedException("referenced file " + DisplayNames.of(path) + " cannot be read"
                    + (e instanceof java.nio.file.NoSuchFileException ? ": no such file" : ""));
        }
    }

    /**
     * The bytes of a regular file, read in 64 KB steps and never more than the size limit. Special
     * files are refused before they are opened: a FIFO would block the read forever, a device such as
     * /dev/zero never ends, and a pipe's size says nothing. Files.readAllBytes would read through a
     * temporary direct buffer as large as the file, which costs a cold run more than the reading.
     */
    private byte[] readFile(Path path) throws IOException, SourceParseException {
        if (Files.isDirectory(path)) {
            throw new SourceParseException("is a directory, not a document", 1, 1);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new SourceParseException("is not a regular file (a FIFO, pipe, device or socket); save the description "
                    + "to a file and lint that", 1, 1);
        }
        long limit = parser.limits().maxBytes();
        long size = Files.size(path);
        if (size > limit) {
            throw tooLarge(size, limit);
        }
        InputStream in;
        try {
            in = new FileInputStream(path.toFile());
        } catch (FileNotFoundException e) {
            // Its size was just read, so it exists: named like the error Files would have thrown.
            throw new AccessDeniedException(path.toString());
        }
        try (in) {
            byte[] bytes = new byte[(int) size];
            int filled = 0;
            while (true) {
                if (filled == bytes.length) {
                    // At the size read before opening; a file that grew since is read on, up to the limit.
                    int next = in.read();
                    if (next < 0) {
                        return bytes;
                    }
                    if (bytes.length >= limit) {
                        throw new SourceParseException("document is more than the limit of " + limit + " bytes", 1, 1);
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(READ_STEP, bytes.length * 2L)));
                    bytes[filled++] = (byte) next;
                    continue;
                }
                int read = in.read(bytes, filled, Math.min(READ_STEP, bytes.length - filled));
                if (read < 0) {
                    return Arrays.copyOf(bytes, filled);
                }
                filled += read;
            }
        }
    }

    private static SourceParseException tooLarge(long size, long limit) {
        return new SourceParseException("document is " + size + " bytes, more than the limit of " + limit, 1, 1);
    }

    /**
     * Parses within the heap there is: a document under the size limit whose tree does not fit is
     * refused with what to do, not an OutOfMemoryError (the partial tree is garbage at once).
     */
    private SourceFile parse(URI uri, String name, byte[] bytes) throws SourceParseException {
        try {
            SourceParser.Parsed parsed = parser.parse(uri.getPath() == null ? name : uri.getPath(), bytes);
            return new SourceFile(uri, name, parsed.format(), parsed.root());
        } catch (OutOfMemoryError e) {
            throw new SourceParseException(UnreadableSpecException.heapMessage(bytes.length), 1, 1);
        }
    }
}
