package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;

/** What the 401 and 403 rules say of an operation that does not document their status explicitly. */
final class StatusDocumentation {
    private StatusDocumentation() {
    }

    /**
     * The message for an operation that does not document {@code status} explicitly, or null when a
     * range or {@code default} response covers it and the user accepts that.
     *
     * @param subject how the message starts ({@code "secured operation"})
     * @param suffix  how the message ends, possibly empty
     */
    static String missing(Operation operation, String status, boolean acceptRangeResponses, String subject, String suffix) {
        Response range = operation.coveringRange(status);
        if (range == null) {
            return subject + " does not document a " + status + " response" + suffix;
        }
        if (acceptRangeResponses) {
            return null;
        }
        return subject + " covers " + status + " only through the '" + range.status() + "' response; document " + status
                + " explicitly (or accept range responses)" + suffix;
    }
}
