package dev.openapiauth.core.model;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.load.SpecVersion;
import dev.openapiauth.core.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * What a description says about authentication, per operation: the single view that the linter
 * and the generators share, so lint findings and generated code always agree.
 *
 * @param problems references outside any operation (path items, schemes) that could not be followed
 * @param resolver  follows the references the model does not (the properties of an error body's schema)
 */
public record SecurityModel(SpecVersion version, SourceFile entry, Map<String, SecurityScheme> schemes,
                            List<Operation> operations, List<LoadProblem> problems, RefResolver resolver) {

    /**
     * Whether some alternative of the operation's security names a scheme that answers with an HTTP
     * challenge (anything but mutualTLS; undeclared schemes count), so a 401 is a possible outcome.
     */
    public boolean answersWithChallenge(Operation operation) {
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = schemes.get(use.scheme());
            if (scheme == null || scheme.hasChallenge()) {
                return true;
            }
        }
        return false;
    }

    public long securedOperations() {
        long secured = 0;
        for (Operation operation : operations) {
            if (!operation.security().isPublic()) {
                secured++;
            }
        }
        return secured;
    }
}
