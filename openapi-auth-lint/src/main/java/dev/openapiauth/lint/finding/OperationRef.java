package dev.openapiauth.lint.finding;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.source.Place;

/**
 * The operation a finding belongs to, and where it is defined.
 *
 * @param method      upper-case HTTP method
 * @param path        as written in the description, or {@code webhook:NAME} / {@code callback:NAME EXPRESSION}
 * @param operationId null when the operation has none
 * @param file        display name of the file that defines the operation
 * @param pointer     JSON pointer of the operation object in that file
 */
public record OperationRef(String method, String path, String operationId, String file, int line, int column,
                           String pointer) {

    /** The reference to an operation of the model, located where its object is written. */
    public static OperationRef of(Operation operation) {
        Place at = operation.place();
        return new OperationRef(operation.method(), operation.path(), operation.operationId(), at.file().displayName(),
                at.line(), at.column(), at.pointer());
    }

    public String label() {
        return method + " " + path;
    }

    /** How a fingerprint names the operation: its operationId, which survives a renamed path, else method and path. */
    public String identity() {
        return operationId != null ? "operationId " + operationId : label();
    }

    /** Whether {@code findingFile}/{@code findingPointer} lies inside this operation's object. */
    public boolean contains(String findingFile, String findingPointer) {
        return file.equals(findingFile) && (findingPointer.equals(pointer) || findingPointer.startsWith(pointer + "/"));
    }
}
