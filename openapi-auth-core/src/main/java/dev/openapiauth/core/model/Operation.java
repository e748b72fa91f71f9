package dev.openapiauth.core.model;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.source.Place;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation with everything the rules and the generators need to know about its security.
 *
 * @param method      upper-case HTTP method
 * @param path        the path exactly as written, or {@code webhook:NAME} / {@code callback:NAME EXPRESSION}
 * @param place       the operation object
 * @param responses   the {@code responses} object, null when the operation has none
 * @param byStatus    documented responses by status key, in written order
 * @param ignored     rule ids suppressed by {@code x-openapi-auth-ignore} on the root, path item or operation
 * @param problems    references of this operation that could not be followed
 * @param statusRanges whether {@code 4XX}-style keys are ranges (OpenAPI 3; Swagger 2.0 has none, and
 *                     OpenAPI writes them with an upper-case X only)
 */
public record Operation(OperationKind kind, String method, String path, String operationId, Place place,
                        EffectiveSecurity security, Place responses, Map<String, Response> byStatus, Set<String> ignored,
                        List<LoadProblem> problems, boolean statusRanges) {
    private static final String[] RANGES = {"1XX", "2XX", "3XX", "4XX", "5XX"};

    public Response response(String status) {
        return byStatus.get(status);
    }

    /** The response documented under {@code 401}, or null. */
    public Response unauthorized() {
        return byStatus.get("401");
    }

    /** The response documented under {@code 403}, or null. */
    public Response forbidden() {
        return byStatus.get("403");
    }

    /**
     * The range ({@code 4XX}) or {@code default} response that would cover {@code status} when it is
     * not documented explicitly, or null.
     */
    public Response coveringRange(String status) {
        char hundreds = status.charAt(0);
        Response range = statusRanges && hundreds >= '1' && hundreds <= '5' ? byStatus.get(RANGES[hundreds - '1']) : null;
        return range != null ? range : byStatus.get("default");
    }

    /** How users name the operation: {@code GET /pets}. */
    public String label() {
        return method + " " + path;
    }

    /** Where a missing response would be added: the {@code responses} object, else the operation. */
    public Place responsesOrOperation() {
        return responses != null ? responses : place;
    }
}
