package dev.openapiauth.jobs;

import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Rebasing a description whose servers point elsewhere: the operations are probed at the base URL
 * plus a server path, given or taken from the description ({@code servers[0].url}'s path, or
 * Swagger 2.0's {@code basePath}).
 */
final class ServerPaths {
    private ServerPaths() {
    }

    /** The path to put before every operation's path: empty for none. */
    static String of(String serverPath, SourceFile entry) {
        if (serverPath == null) {
            return "";
        }
        if (!serverPath.equals("auto")) {
            return trimmed(serverPath);
        }
        Place root = Place.root(entry);
        String basePath = root.text("basePath");
        if (basePath != null) {
            return trimmed(basePath);
        }
        Place servers = root.child("servers");
        if (servers == null || servers.items().isEmpty() || servers.items().get(0).text("url") == null) {
            return "";
        }
        String url = servers.items().get(0).text("url");
        try {
            String path = new URI(url.replace("{", "%7B").replace("}", "%7D")).getRawPath();
            return path == null ? "" : trimmed(path);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    static URI rebased(URI baseUrl, String serverPath) {
        if (serverPath.isEmpty()) {
            return baseUrl;
        }
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + serverPath);
    }

    private static String trimmed(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }
}
