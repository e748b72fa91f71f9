package dev.openapiauth.core.load;

import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.core.source.SourceFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows {@code $ref}s on demand, only where the security model needs the target, so a large
 * description is never fully resolved and references nobody uses are never fetched.
 */
public final class RefResolver {
    private static final String REF = "$ref";

    private final DocumentStore store;

    RefResolver(DocumentStore store) {
        this.store = store;
    }

    /** True when the node at {@code place} is a reference object. */
    public static boolean isRef(Place place) {
        return place.node() instanceof MapNode map && map.get(REF) instanceof ScalarNode;
    }

    /**
     * The place {@code place} finally refers to (itself when it is no reference), or null after
     * adding to {@code problems} why the reference cannot be followed.
     */
    public Place resolve(Place place, List<LoadProblem> problems) {
        Place current = place;
        Set<String> seen = new HashSet<>();
        while (current != null && current.node() instanceof MapNode map && map.member(REF) != null) {
            Member ref = map.member(REF);
            if (!(ref.value() instanceof ScalarNode scalar)) {
                return current;
            }
            if (!seen.add(current.file().uri() + "#" + current.pointer())) {
                problems.add(problem(current, ref, "circular reference '" + scalar.text() + "'"));
                return null;
            }
            try {
                current = follow(current.file(), scalar.text());
            } catch (RefRefusedException e) {
                problems.add(problem(current, ref, e.getMessage()));
                return null;
            }
        }
        return current;
    }

    /**
     * Where the reference at {@code place} points, as an absolute URI with fragment, so references
     * written differently in different files compare equal; null when {@code place} is no reference.
     */
    public static String targetOf(Place place) {
        if (!isRef(place)) {
            return null;
        }
        String written = place.text(REF);
        int hash = written.indexOf('#');
        String address = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : written.substring(hash);
        try {
            URI file = address.isEmpty() ? place.file().uri() : absolute(place.file().uri(), address, written);
            return file + fragment;
        } catch (RefRefusedException e) {
            return written;
        }
    }

    /** The document a reference written in {@code from} names (itself for a fragment-only reference). */
    SourceFile document(SourceFile from, String written) throws RefRefusedException {
        int hash = written.indexOf('#');
        String address = hash < 0 ? written : written.substring(0, hash);
        return address.isEmpty() ? from : store.get(absolute(from.uri(), address, written), written);
    }

    private Place follow(SourceFile from, String written) throws RefRefusedException {
        int hash = written.indexOf('#');
        String fragment = hash < 0 ? "" : written.substring(hash + 1);
        SourceFile file = document(from, written);
        List<String> segments;
        try {
            segments = JsonPointer.segments(fragment);
        } catch (IllegalArgumentException e) {
            throw new RefRefusedException("reference '" + written + "' has a fragment that is not a JSON pointer");
        }
        Place target = Place.root(file);
        for (String segment : segments) {
            Place next = target.isList() ? item(target, segment) : target.child(segment);
            if (next == null) {
                throw new RefRefusedException("reference '" + written + "' cannot be resolved: "
                        + file.displayName() + " has nothing at #" + fragment);
            }
            target = next;
        }
        return target;
    }

    private static Place item(Place list, String segment) {
        try {
            int index = Integer.parseInt(segment);
            List<Place> items = list.items();
            return index >= 0 && index < items.size() ? items.get(index) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static URI absolute(URI base, String address, String written) throws RefRefusedException {
        URI given;
        try {
            given = new URI(address);
        } catch (URISyntaxException e) {
            try {
                given = new URI(null, null, address, null);
            } catch (URISyntaxException again) {
                throw new RefRefusedException("reference '" + written + "' is not a valid URI");
            }
        }
        URI target = given.isAbsolute() ? given : base.resolve(given);
        return target.normalize();
    }

    private static LoadProblem problem(Place at, Member ref, String message) {
        return new LoadProblem(at.file().displayName(), ref.line(), ref.column(),
                JsonPointer.append(at.pointer(), REF), message);
    }
}
