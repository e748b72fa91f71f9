package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.Response;

/** Whether an operation documents a status, the way the 401 and 403 rules need to know it. */
final class StatusDocumentation {
    private StatusDocumentation() {
    }

    /**
     * For a status the operation does not document explicitly: null when a range or {@code default}
     * response the user accepts covers it; otherwise the end of a sentence saying what is missing.
     */
    static String missing(Operation operation, String status, boolean acceptRangeResponses) {
        Response range = operation.coveringRange(status);
        if (range == null) {
            return "does not document a " + status + " response";
        }
        if (acceptRangeResponses) {
            return null;
        }
        return "covers " + status + " only through the '" + range.status() + "' response; document " + status
                + " explicitly (or accept range responses)";
    }
}
