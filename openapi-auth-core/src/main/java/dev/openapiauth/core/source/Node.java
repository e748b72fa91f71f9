package dev.openapiauth.core.source;

/** A value of a JSON or YAML document that remembers where it starts (1-based line and column). */
public abstract sealed class Node permits MapNode, ListNode, ScalarNode {
    private final int line;
    private final int column;
    private DeferredJson deferred;
    /** The document this value was written in, where it is not its parent's (a value an overlay added); else null. */
    private SourceFile origin;

    Node(int line, int column, DeferredJson deferred) {
        this.line = line;
        this.column = column;
        this.deferred = deferred;
    }

    /** The document a place reached through this value lies in: its own origin, else {@code parent}'s. */
    final SourceFile fileWithin(SourceFile parent) {
        return origin != null ? origin : parent;
    }

    final void originate(SourceFile file) {
        origin = file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** True while this is a skimmed JSON part whose tree is not built yet (see {@link Deferral}). */
    final boolean isDeferred() {
        return deferred != null;
    }

    /** The skimmed part to build now, or null when there is none (any more). */
    final DeferredJson takeDeferred() {
        DeferredJson part = deferred;
        deferred = null;
        return part;
    }

    /** Number of nodes in this subtree, used to bound YAML alias expansion. */
    abstract long size();

    /** A structurally equal copy, so aliased YAML subtrees are never shared between places. */
    abstract Node copy();
}
