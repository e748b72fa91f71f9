package dev.openapiauth.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The security that applies to an operation: its own {@code security}, else the root's, else
 * none. The alternatives are OR; an empty list makes the operation public.
 *
 * @param uses every scheme named in any alternative, in written order (a scheme may appear more than
 *             once); kept because almost every rule asks for it of every operation
 */
public record EffectiveSecurity(List<Requirement> alternatives, List<SchemeUse> uses) {

    public static final EffectiveSecurity NONE = new EffectiveSecurity(List.of());

    public EffectiveSecurity(List<Requirement> alternatives) {
        this(alternatives, usesOf(alternatives));
    }

    private static List<SchemeUse> usesOf(List<Requirement> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0).schemes();
        }
        List<SchemeUse> uses = new ArrayList<>();
        for (Requirement requirement : alternatives) {
            uses.addAll(requirement.schemes());
        }
        return List.copyOf(uses);
    }

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

    /** Whether any alternative demands scopes or roles, so a 403 is a certain outcome. */
    public boolean requiresScopes() {
        for (SchemeUse use : uses) {
            if (!use.scopes().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
