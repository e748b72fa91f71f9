package dev.openapiauth.lint.finding;

/**
 * The operation a finding belongs to.
 *
 * @param method      upper-case HTTP method
 * @param path        as written in the description, or {@code webhook:NAME} / {@code callback:NAME EXPRESSION}
 * @param operationId null when the operation has none
 */
public record OperationRef(String method, String path, String operationId) {

    public String label() {
        return method + " " + path;
    }
}
