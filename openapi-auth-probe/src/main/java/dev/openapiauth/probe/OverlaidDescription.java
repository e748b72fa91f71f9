package dev.openapiauth.probe;

import dev.openapiauth.core.source.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A description as the overlays made it, written out for a validator that reads files: JSON, with every
 * {@code $ref} to another file made absolute, so that it still reaches the files beside the description
 * (what an overlay adds refers from the description's place, as the lint reads it).
 */
final class OverlaidDescription {
    private OverlaidDescription() {
    }

    /** Writes {@code entry} into a new temporary file, which is the caller's to delete. */
    static Path write(SourceFile entry) throws IOException {
        URI base = entry.uri();
        Path file = Files.createTempFile("openapi-auth-overlaid-", ".json");
        Files.writeString(file, NodeJson.of(entry.root(), ref -> absolute(base, ref)), StandardCharsets.UTF_8);
        return file;
    }

    /** A reference to another local file as an absolute path (swagger-parser takes a {@code file:} URI for a relative one). */
    private static String absolute(URI base, String ref) {
        if (ref.startsWith("#")) {
            return ref;
        }
        try {
            URI target = base.resolve(ref);
            if (!"file".equals(target.getScheme())) {
                return target.toString();
            }
            String path = Path.of(new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null)).toString();
            return target.getRawFragment() == null ? path : path + "#" + target.getRawFragment();
        } catch (IllegalArgumentException | URISyntaxException e) {
            // Not a URI reference: the validator says what it makes of it, as it would of the file as written.
            return ref;
        }
    }
}
