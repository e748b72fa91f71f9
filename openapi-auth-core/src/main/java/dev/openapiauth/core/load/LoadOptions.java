package dev.openapiauth.core.load;

import dev.openapiauth.core.source.ParseLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reference policy and limits for loading untrusted descriptions.
 *
 * @param rootDirectory       no file reference may leave this folder; null means the entry file's folder
 * @param allowedRemoteHosts  hosts whose http/https references may be fetched; none by default
 * @param limits              size, depth and alias bounds for every document read
 * @param remoteTimeout       connect and read timeout for allowed remote references
 * @param overlays            OpenAPI Overlay documents applied, in order, to each entry document before it is read
 */
public record LoadOptions(Path rootDirectory, Set<String> allowedRemoteHosts, ParseLimits limits, Duration remoteTimeout,
                          List<Path> overlays) {
    public static final LoadOptions DEFAULT = new LoadOptions(null, Set.of(), ParseLimits.DEFAULT, Duration.ofSeconds(10), List.of());

    public LoadOptions {
        Set<String> hosts = new HashSet<>();
        for (String host : allowedRemoteHosts) {
            hosts.add(host.toLowerCase(Locale.ROOT));
        }
        allowedRemoteHosts = Set.copyOf(hosts);
        overlays = List.copyOf(overlays);
    }

    public LoadOptions withAllowedRemoteHosts(Set<String> hosts) {
        return new LoadOptions(rootDirectory, hosts, limits, remoteTimeout, overlays);
    }

    public LoadOptions withRootDirectory(Path root) {
        return new LoadOptions(root, allowedRemoteHosts, limits, remoteTimeout, overlays);
    }

    public LoadOptions withOverlays(List<Path> files) {
        return new LoadOptions(rootDirectory, allowedRemoteHosts, limits, remoteTimeout, files);
    }
}
