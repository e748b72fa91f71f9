package dev.openapiauth.core.model;

import dev.openapiauth.core.source.Deferral;

/**
 * The parts of an entry document the security model does not read unless a {@code $ref} leads
 * there: parameters, request bodies, the schemas and examples of responses other than 401 and 403,
 * and the reusable schemas, parameters, request bodies and examples. A linter skims them; on
 * Sentry's dereferenced description (3.9 MB) they are two thirds of the bytes.
 */
public final class UnreadSubtrees implements Deferral {
    public static final UnreadSubtrees INSTANCE = new UnreadSubtrees();

    private UnreadSubtrees() {
    }

    @Override
    public boolean defer(String[] keys, int length) {
        return switch (length) {
            // Swagger 2.0's reusable definitions and parameters
            case 2 -> keys[0].equals("definitions") || keys[0].equals("parameters");
            case 3 -> isPathItems(keys[0]) ? keys[2].equals("parameters") : keys[0].equals("components") && isReusableBody(keys[1]);
            case 4 -> isPathItems(keys[0]) && (keys[3].equals("parameters") || keys[3].equals("requestBody"));
            // Swagger 2.0: paths./p.get.responses.200.schema
            case 6 -> isResponseOfNoInterest(keys) && isPayload(keys[5]);
            // OpenAPI 3: paths./p.get.responses.200.content.application/json.schema
            case 8 -> isResponseOfNoInterest(keys) && keys[5].equals("content") && isPayload(keys[7]);
            default -> false;
        };
    }

    private static boolean isPathItems(String key) {
        return key.equals("paths") || key.equals("webhooks");
    }

    private static boolean isReusableBody(String key) {
        return key.equals("schemas") || key.equals("parameters") || key.equals("requestBodies") || key.equals("examples");
    }

    private static boolean isResponseOfNoInterest(String[] keys) {
        return isPathItems(keys[0]) && keys[3].equals("responses") && !keys[4].equals("401") && !keys[4].equals("403");
    }

    private static boolean isPayload(String key) {
        return key.equals("schema") || key.equals("examples") || key.equals("example");
    }
}
