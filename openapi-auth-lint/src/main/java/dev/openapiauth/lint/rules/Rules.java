package dev.openapiauth.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rule catalogue: every rule, explicitly, in the order users see it. */
public final class Rules {
    public static final List<Rule> ALL = List.of(
            new SecuredOperationWithout401(),
            new UnauthorizedWithoutWwwAuthenticate(),
            new SecuredOperationWithout403(),
            new ChallengeSchemeMismatch(),
            new UndefinedSecurityScheme(),
            new UndefinedScope(),
            new PublicOperationWith401(),
            new AuthErrorWithoutBody(),
            new InconsistentAuthErrorSchema(),
            new ForbiddenForUnauthenticated(),
            new UnauthorizedForInsufficientPermission(),
            new ForbiddenForRateLimit(),
            new AuthErrorExposesInternals(),
            new MutualTlsWith401(),
            new ParseError());

    private Rules() {
    }

    public static Optional<Rule> byId(String id) {
        for (Rule rule : ALL) {
            if (rule.descriptor().id().equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public static List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> descriptors = new ArrayList<>(ALL.size());
        for (Rule rule : ALL) {
            descriptors.add(rule.descriptor());
        }
        return descriptors;
    }
}
