package dev.openapiauth.lint.model;

import java.util.ArrayList;
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
        for (Requirement requirement : alternatives) {
            if (requirement.isAnonymous()) {
                return true;
            }
        }
        return false;
    }

    /** Every scheme named in any alternative, in written order (a scheme may appear more than once). */
    public List<SchemeUse> uses() {
        // Every rule asks this of every operation: a loop, not a stream pipeline (measured in bench/Phases).
        if (alternatives.size() == 1) {
            return alternatives.get(0).schemes();
        }
        List<SchemeUse> uses = new ArrayList<>();
        for (Requirement requirement : alternatives) {
            uses.addAll(requirement.schemes());
        }
        return uses;
    }

    /** Whether any alternative demands scopes or roles, so a 403 is a certain outcome. */
    public boolean requiresScopes() {
        for (SchemeUse use : uses()) {
            if (!use.scopes().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
