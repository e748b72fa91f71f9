package dev.openapiauth.probe;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * What a validator that reads the description itself would read besides it: every document its references
 * reach, also those the probe never follows (a request body's schema, say). The probe reads files only under
 * the load's policy and sends requests only to its base URL, so a description that refers to a document the
 * policy refuses, or to a remote one (the validator would fetch it, beyond the base URL and the probe's
 * limits), goes to no validator.
 */
final class ValidatorReach {
    private ValidatorReach() {
    }

    /** Why the validator may not read {@code spec}, or null when everything it refers to is local and allowed. */
    static String refusal(LoadedSpec spec) {
        List<LoadProblem> refused = new ArrayList<>();
        List<SourceFile> files = spec.referencedFiles(refused::add);
        if (!refused.isEmpty()) {
            return refused.get(0).toString();
        }
        List<Place> remote = LoadedSpec.remoteReferences(files);
        if (!remote.isEmpty()) {
            Place ref = remote.get(0);
            return ref.file().displayName() + ":" + ref.line() + ":" + ref.column() + ": reference '" + ref.text("$ref")
                    + "' is remote, and the validator would fetch it itself";
        }
        return null;
    }
}
