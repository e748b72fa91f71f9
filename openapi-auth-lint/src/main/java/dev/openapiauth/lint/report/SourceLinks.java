package dev.openapiauth.lint.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a finding's {@code file:line} links to. Inside GitHub Actions: the file at the commit being
 * checked ({@code GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/GITHUB_SHA/file#Lline}); elsewhere a
 * relative link (for a comment shown beside the files) or the file itself (for a report opened from
 * its own folder).
 */
final class SourceLinks {
    private final String blobBase;

    SourceLinks(Map<String, String> environment) {
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String sha = environment.get("GITHUB_SHA");
        this.blobBase = server != null && repository != null && sha != null ? server + "/" + repository + "/blob/" + sha + "/" : null;
    }

    /** A link relative to the working directory (or into GitHub), or null for a file outside it. */
    String relative(String file, int line) {
        return isRelative(file) ? (blobBase == null ? "" : blobBase) + encoded(file) + "#L" + line : null;
    }

    /** A link that works from anywhere: into GitHub, else the file's own URI. */
    String absolute(String file, int line) {
        if (file.contains("://")) {
            return file;
        }
        if (blobBase != null && isRelative(file)) {
            return blobBase + encoded(file) + "#L" + line;
        }
        return Path.of(file).toAbsolutePath().normalize().toUri() + "#L" + line;
    }

    private static boolean isRelative(String file) {
        return !file.startsWith("/") && !file.contains("://") && !Path.of(file).isAbsolute();
    }

    private static String encoded(String file) {
        return file.replace("%", "%25").replace(" ", "%20").replace(")", "%29").replace("#", "%23");
    }
}
