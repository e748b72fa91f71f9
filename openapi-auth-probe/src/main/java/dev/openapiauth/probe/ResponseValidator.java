package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawResponse;
import java.nio.file.Path;

/**
 * An OpenAPI validator independent of openapi-auth, which says whether an answer is what a description
 * documents. Found with {@link java.util.ServiceLoader}, so that the probe depends on none: the Maven plugin
 * has Atlassian's on its class path, the command line loads it from the jar beside its own.
 */
public interface ResponseValidator {

    /**
     * The description in {@code file}, read by the validator itself with the files it refers to.
     *
     * @throws RuntimeException where the validator cannot read it; the message says why
     */
    Description read(Path file);

    /** What one description documents. */
    interface Description {
        /**
         * What is wrong with {@code response} as the answer to {@code method path}, in a few words that follow
         * "which", or null when it is as documented.
         *
         * @param path the request's path below the server's base path, as sent
         */
        String problem(String path, String method, RawResponse response);
    }
}
