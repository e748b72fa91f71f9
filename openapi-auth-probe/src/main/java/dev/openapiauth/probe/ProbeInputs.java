package dev.openapiauth.probe;

import dev.openapiauth.core.model.Operation;
import java.util.List;
import java.util.Map;

/**
 * What the credentials file gives a probe: valid credentials with their rights, and request values
 * per operation (by operationId, or {@code METHOD /path}).
 */
public record ProbeInputs(List<Credential> credentials, Map<String, RequestValues> operations) {
    public static final ProbeInputs NONE = new ProbeInputs(List.of(), Map.of());

    public ProbeInputs {
        credentials = List.copyOf(credentials);
        operations = Map.copyOf(operations);
    }

    RequestValues valuesFor(Operation operation) {
        RequestValues byId = operation.operationId() == null ? null : operations.get(operation.operationId());
        return byId != null ? byId : operations.getOrDefault(operation.label(), RequestValues.NONE);
    }
}
