package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.model.Header;
import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.Response;
import dev.openapiauth.lint.model.SecurityModel;
import dev.openapiauth.lint.model.SecurityScheme;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
        Response unauthorized = operation.response("401");
        Header header = unauthorized == null ? null : unauthorized.wwwAuthenticate();
        if (header == null || operation.security().isPublic()) {
            return;
        }
        List<SecurityScheme> schemes = operation.security().uses().stream()
                .map(use -> model.schemes().get(use.scheme()))
                .toList();
        if (schemes.isEmpty() || schemes.stream().anyMatch(s -> s == null || s.acceptsAnyChallenge())) {
            return;
        }
        Set<String> accepted = schemes.stream()
                .flatMap(scheme -> scheme.authScheme().stream())
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        List<DeclaredChallenges.Declared> declared = DeclaredChallenges.of(header);
        if (accepted.isEmpty() || declared.isEmpty()
                || declared.stream().anyMatch(d -> accepted.contains(d.authScheme()))) {
            return;
        }
        String offered = declared.stream().map(d -> d.authScheme()).distinct().collect(Collectors.joining(", "));
        context.report(operation, declared.get(0).place(), "WWW-Authenticate declares " + offered
                + ", but the operation accepts only " + String.join(", ", accepted));
    }
}
