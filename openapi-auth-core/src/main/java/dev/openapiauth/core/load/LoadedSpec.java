package dev.openapiauth.core.load;

import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** An entry document that reads as OpenAPI, and the means to follow its references. */
public final class LoadedSpec {

    private final SpecVersion version;
    private final SourceFile entry;
    private final RefResolver resolver;
    private final DocumentStore store;

    LoadedSpec(SpecVersion version, SourceFile entry, DocumentStore store) {
        this.version = version;
        this.entry = entry;
        this.store = store;
        this.resolver = new RefResolver(store);
    }

    public SpecVersion version() {
        return version;
    }

    public SourceFile entry() {
        return entry;
    }

    public RefResolver resolver() {
        return resolver;
    }

    /**
     * The entry and every document reachable from it through any {@code $ref} (not only those the
     * security model follows), read under the same policy; references that cannot be followed go to
     * {@code problems}. Generators need this to write out a complete multi-file description. Absolute
     * http(s) references are left alone: they mean the same wherever the description is written.
     */
    public List<SourceFile> referencedFiles(Consumer<LoadProblem> problems) {
        Set<URI> seen = new HashSet<>();
        Deque<SourceFile> pending = new ArrayDeque<>(List.of(entry));
        List<SourceFile> files = new ArrayList<>();
        while (!pending.isEmpty()) {
            SourceFile file = pending.pop();
            if (!seen.add(file.uri())) {
                continue;
            }
            files.add(file);
            for (Place ref : refs(file)) {
                String written = ref.text("$ref");
                if (RefPolicy.isRemote(written)) {
                    continue;
                }
                try {
                    pending.push(resolver.document(file, written));
                } catch (RefRefusedException e) {
                    problems.accept(new LoadProblem(file.displayName(), ref.line(), ref.column(), ref.pointer(), e.getMessage()));
                }
            }
        }
        return files;
    }

    /**
     * The references to http(s) documents in {@code files}, which {@link #referencedFiles} leaves alone: for a reader
     * that would fetch them itself.
     */
    public static List<Place> remoteReferences(List<SourceFile> files) {
        List<Place> remote = new ArrayList<>();
        for (SourceFile file : files) {
            for (Place ref : refs(file)) {
                if (RefPolicy.isRemote(ref.text("$ref"))) {
                    remote.add(ref);
                }
            }
        }
        return remote;
    }

    /** Every reference object in a document. */
    private static List<Place> refs(SourceFile file) {
        List<Place> refs = new ArrayList<>();
        Deque<Place> pending = new ArrayDeque<>(List.of(Place.root(file)));
        while (!pending.isEmpty()) {
            Place place = pending.pop();
            if (RefResolver.isRef(place)) {
                refs.add(place);
            }
            pending.addAll(place.isList() ? place.items() : place.children());
        }
        return refs;
    }

    /** Every document read so far: the entry and those reached through references. */
    public List<SourceFile> files() {
        return store.files();
    }
}
