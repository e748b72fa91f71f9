package dev.openapiauth.core.model;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.source.Place;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation with everything the rules and the generators need to know about its security.
 * {@code unauthorized}, {@code forbidden} and {@code clientErrorRange} are taken from {@code byStatus}
 * once, by the constructor without them: the rules ask for them of every operation, and a map lookup
 * each time was about a sixth of the rules' time.
 *
 * @param index       position in {@link SecurityModel#operations()}, so a lint can keep per-operation data in arrays
 * @param method      upper-case HTTP method
 * @param path        the path exactly as written, or {@code webhook:NAME} / {@code callback:NAME EXPRESSION}
 * @param place       the operation object
 * @param responses   the {@code responses} object, null when the operation has none
 * @param byStatus    documented responses by status key, in written order
 * @param unauthorized the response documented under {@code 401}, or null
 * @param forbidden   the response documented under {@code 403}, or null
 * @param clientErrorRange the response that covers a 4xx status not documented explicitly ({@code 4XX}, else
 *                    {@code default}), or null
 * @param ignored     rule ids suppressed by {@code x-openapi-auth-ignore} on the root, path item or operation
 * @param problems    references of this operation that could not be followed
 * @param statusRanges whether {@code 4XX}-style keys are ranges (OpenAPI 3; Swagger 2.0 has none, and
 *                     OpenAPI writes them with an upper-case X only)
 */
public record Operation(int index, OperationKind kind, String method, String path, String operationId, Place place,
                        EffectiveSecurity security, Place responses, Map<String, Response> byStatus,
                        Response unauthorized, Response forbidden, Response clientErrorRange, Set<String> ignored,
                        List<LoadProblem> problems, boolean statusRanges) {
    private static final String[] RANGES = {"1XX", "2XX", "3XX", "4XX", "5XX"};

    public Operation(int index, OperationKind kind, String method, String path, String operationId, Place place,
                     EffectiveSecurity security, Place responses, Map<String, Response> byStatus, Set<String> ignored,
                     List<LoadProblem> problems, boolean statusRanges) {
        this(index, kind, method, path, operationId, place, security, responses, byStatus, byStatus.get("401"),
                byStatus.get("403"), rangeCovering(byStatus, '4', statusRanges), ignored, problems, statusRanges);
    }

    public Response response(String status) {
        return byStatus.get(status);
    }

    /**
     * The range ({@code 4XX}) or {@code default} response that would cover {@code status} when it is
     * not documented explicitly, or null.
     */
    public Response coveringRange(String status) {
        char hundreds = status.charAt(0);
        return hundreds == '4' ? clientErrorRange : rangeCovering(byStatus, hundreds, statusRanges);
    }

    /** The range response for statuses starting with {@code hundreds}, else {@code default}, else null. */
    private static Response rangeCovering(Map<String, Response> byStatus, char hundreds, boolean statusRanges) {
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
