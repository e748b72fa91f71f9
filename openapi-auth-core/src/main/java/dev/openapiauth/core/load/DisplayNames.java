package dev.openapiauth.core.load;

import java.net.URI;
import java.nio.file.Path;

/** File names as users see them: relative to the working directory when below it, with '/' separators. */
public final class DisplayNames {
    private DisplayNames() {
    }

    public static String of(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            return uri.toString();
        }
        return of(Path.of(uri));
    }

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
