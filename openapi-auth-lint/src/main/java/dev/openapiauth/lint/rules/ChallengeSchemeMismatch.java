package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Header;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.lint.finding.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The 401's WWW-Authenticate must offer a challenge the client can answer with a scheme the operation accepts. */
public final class ChallengeSchemeMismatch extends OperationRule {
    public static final String ID = "challenge-scheme-mismatch";

    public ChallengeSchemeMismatch() {
        super(new RuleDescriptor(ID, Severity.WARNING, "",
                "WWW-Authenticate challenge does not fit the operation's schemes",
                "The challenges a 401's WWW-Authenticate header declares (schema enum, const, default or pattern, examples) "
                        + "tell the client how to authenticate; if none of their auth-schemes is one the operation accepts, "
                        + "clients follow the wrong path.",
                "Declare one challenge per accepted scheme: `Bearer` for http bearer, oauth2 and openIdConnect, "
                        + "`Basic` for http basic, the scheme's own name for other http schemes."));
    }

    @Override
    void check(SecurityModel model, Operation operation, RuleContext context) {
        Response unauthorized = operation.unauthorized();
        Header header = unauthorized == null ? null : unauthorized.wwwAuthenticate();
        if (header == null || operation.security().isPublic()) {
            return;
        }
        Set<String> accepted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = model.schemes().get(use.scheme());
            if (scheme == null || scheme.acceptsAnyChallenge()) {
                return;
            }
            Optional<String> authScheme = scheme.authScheme();
            if (authScheme.isPresent()) {
                accepted.add(authScheme.get());
            }
        }
        List<DeclaredChallenges.Declared> declared = DeclaredChallenges.of(header);
        if (accepted.isEmpty() || declared.isEmpty()) {
            return;
        }
        Set<String> offered = new LinkedHashSet<>();
        for (DeclaredChallenges.Declared challenge : declared) {
            if (accepted.contains(challenge.authScheme())) {
                return;
            }
            offered.add(challenge.authScheme());
        }
        context.report(operation, declared.get(0).place(), "WWW-Authenticate declares " + String.join(", ", offered)
                + ", but the operation accepts only " + String.join(", ", accepted));
    }
}
