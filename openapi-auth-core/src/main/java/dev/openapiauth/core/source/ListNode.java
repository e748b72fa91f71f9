package dev.openapiauth.core.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array or YAML sequence; a deferred one builds its items on first use (see {@link MapNode}). */
public final class ListNode extends Node {
    private final List<Node> items = new ArrayList<>();

    public ListNode(int line, int column) {
        super(line, column, null);
    }

    ListNode(int line, int column, DeferredJson deferred) {
        super(line, column, deferred);
    }

    private List<Node> built() {
        DeferredJson part = takeDeferred();
        if (part != null) {
            items.addAll(((ListNode) part.build()).items);
        }
        return items;
    }

    void add(Node item) {
        items.add(item);
    }

    void remove(int at) {
        built().remove(at);
    }

    /** Adds an item after the deferred ones are built (the parser's {@link #add} is for items in written order). */
    void append(Node item) {
        built().add(item);
    }

    public List<Node> items() {
        return Collections.unmodifiableList(built());
    }

    @Override
    long size() {
        long size = 1;
        for (Node item : built()) {
            size += item.size();
        }
        return size;
    }

    @Override
    ListNode copy() {
        ListNode copy = new ListNode(line(), column());
        for (Node item : built()) {
            copy.add(item.copy());
        }
        return copy;
    }
}
