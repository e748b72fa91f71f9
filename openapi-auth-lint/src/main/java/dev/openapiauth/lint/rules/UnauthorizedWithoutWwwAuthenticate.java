package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.lint.finding.Severity;

/** RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header. */
public final class UnauthorizedWithoutWwwAuthenticate extends OperationRule {
    public static final String ID = "unauthorized-without-www-authenticate";
    static final String HEADER = "WWW-Authenticate";

    public UnauthorizedWithoutWwwAuthenticate() {
        super(new RuleDescriptor(ID, Severity.ERROR, "",
                "401 response without WWW-Authenticate",
                "RFC 9110 section 15.5.2 requires every 401 response to carry a WWW-Authenticate header with at least one "
                        + "challenge, so the client learns how to authenticate.",
                "Add `headers: {WWW-Authenticate: {$ref: '#/components/headers/WWW-Authenticate'}}` to the 401 response, "
                        + "describing the challenges of the schemes the operation accepts."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        Response unauthorized = operation.unauthorized();
        if (unauthorized == null || unauthorized.definition() == null || unauthorized.wwwAuthenticate() != null) {
            return;
        }
        Place headers = unauthorized.headersObject();
        context.report(operation, headers != null ? headers : unauthorized.definition(),
                "401 response has no " + HEADER + " header (RFC 9110 section 15.5.2 requires one)");
    }
}
