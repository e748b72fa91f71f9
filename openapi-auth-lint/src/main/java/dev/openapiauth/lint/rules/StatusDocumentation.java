package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.model.Response;

/** How the 401 and 403 rules word a status that only a range or {@code default} response covers. */
final class StatusDocumentation {
    private StatusDocumentation() {
    }

    /** The end of a sentence: {@code status} is covered only through {@code range}. */
    static String onlyThrough(Response range, String status) {
        return "covers " + status + " only through the '" + range.status() + "' response; document " + status
                + " explicitly (or accept range responses)";
    }
}
