package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.lint.LintOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Adding the standard error contract to a description and writing it, nothing else.
 *
 * @param output             folder of the augmented description; files keep their paths relative to the entry's folder
 * @param realm              null for the description's info.title
 * @param allowedRemoteHosts hosts whose http/https $refs may be fetched, each element possibly comma-separated
 * @param rootDirectory      folder that file $refs may not leave; null for the entry's folder
 * @param overlays           OpenAPI Overlay documents applied to the description first
 */
public record ContractRequest(Path inputSpec, Path output, String realm, boolean includeCallbacksAndWebhooks,
                              List<String> allowedRemoteHosts, Path rootDirectory, List<Path> overlays) {

    public ContractRequest {
        allowedRemoteHosts = LintOptions.splitCommas(allowedRemoteHosts);
        overlays = List.copyOf(overlays);
    }

    LoadOptions load() {
        return LoadOptions.DEFAULT.withAllowedRemoteHosts(Set.copyOf(allowedRemoteHosts)).withRootDirectory(rootDirectory)
                .withOverlays(overlays);
    }
}
