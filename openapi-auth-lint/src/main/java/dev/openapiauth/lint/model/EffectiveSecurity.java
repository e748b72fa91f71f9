package dev.openapiauth.lint.model;

import java.util.List;

/**
 * The security that applies to an operation: its own {@code security}, else the root's, else
 * none. The alternatives are OR; an empty list makes the operation public.
 */
public record EffectiveSecurity(List<Requirement> alternatives, Source source) {

    public enum Source { OPERATION, ROOT, NONE }

    public static final EffectiveSecurity NONE = new EffectiveSecurity(List.of(), Source.NONE);

    public boolean isPublic() {
        return alternatives.isEmpty();
    }

    /** Secured, but an empty requirement among the alternatives lets anonymous requests through too. */
    public boolean isOptional() {
        return !isPublic() && alternatives.stream().anyMatch(Requirement::isAnonymous);
    }

    /** Every scheme named in any alternative, in written order (a scheme may appear more than once). */
    public List<SchemeUse> uses() {
        return alternatives.stream().flatMap(requirement -> requirement.schemes().stream()).toList();
    }

    /** Whether any alternative demands scopes or roles, so a 403 is a certain outcome. */
    public boolean requiresScopes() {
        return uses().stream().anyMatch(use -> !use.scopes().isEmpty());
    }
}
