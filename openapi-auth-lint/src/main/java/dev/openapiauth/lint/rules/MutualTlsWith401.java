package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Severity;

/** A 401 on an operation secured only by mutualTLS, for which no HTTP challenge exists. */
public final class MutualTlsWith401 extends OperationRule {
    public static final String ID = "mutual-tls-with-401";

    public MutualTlsWith401() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "401 documented on an operation secured only by mutualTLS",
                "A 401 must carry a WWW-Authenticate challenge (RFC 9110 section 15.5.2), and no HTTP authentication scheme "
                        + "stands for a client certificate: a missing or rejected certificate fails the TLS handshake "
                        + "(RFC 8446 section 4.4.2) before any HTTP status is sent.",
                "Remove the `401`, or add the HTTP scheme the server really challenges with to the operation's `security`; keep "
                        + "`403` for a certificate that is valid but not allowed."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        if (operation.unauthorized() != null && !operation.security().isPublic() && !model.answersWithChallenge(operation)) {
            context.report(operation, operation.unauthorized().key(), "401 response documented, but the operation's only scheme "
                    + "is mutualTLS: no HTTP challenge exists for it and the TLS handshake refuses a bad certificate");
        }
    }
}
