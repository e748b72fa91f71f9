package dev.openapiauth.lint.load;

import dev.openapiauth.lint.source.SourceFile;
import java.util.List;

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

    /** Every document read so far: the entry and those reached through references. */
    public List<SourceFile> files() {
        return store.files();
    }
}
