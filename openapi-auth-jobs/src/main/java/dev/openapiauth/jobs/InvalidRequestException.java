package dev.openapiauth.jobs;

import java.util.List;

/** Parameters of a request that do not fit together, said with the names each adapter gives them. */
public final class InvalidRequestException extends IllegalArgumentException {
    private final String template;
    private final List<RequestParameter> parameters;

    /** {@code template} holds one {@code %s} per parameter, in order. */
    InvalidRequestException(String template, RequestParameter... parameters) {
        super(template);
        this.template = template;
        this.parameters = List.of(parameters);
    }

    /** The problem with each parameter called by the name its user knows. */
    public String message(RequestParameter.Names names) {
        StringBuilder message = new StringBuilder();
        int from = 0;
        for (RequestParameter parameter : parameters) {
            int at = template.indexOf("%s", from);
            message.append(template, from, at).append(names.of(parameter));
            from = at + 2;
        }
        return message.append(template.substring(from)).toString();
    }
}
