package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Fixing descriptions in place: the error contract their lint asks for, written into their own files.
 *
 * @param specs  entry documents, in the order users see them
 * @param realm  null for each description's info.title
 * @param dryRun show the unified diff of each fix and write nothing
 */
public record FixRequest(List<Path> specs, String realm, boolean includeCallbacksAndWebhooks, LoadOptions load, boolean dryRun) {

    public FixRequest {
        specs = List.copyOf(specs);
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no OpenAPI description to fix");
        }
    }
}
