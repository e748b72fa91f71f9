package dev.openapiauth.lint.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array or YAML sequence. */
public final class ListNode extends Node {
    private final List<Node> items = new ArrayList<>();

    public ListNode(int line, int column) {
        super(line, column);
    }

    void add(Node item) {
        items.add(item);
    }

    public List<Node> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    long size() {
        long size = 1;
        for (Node item : items) {
            size += item.size();
        }
        return size;
    }

    @Override
    ListNode copy() {
        ListNode copy = new ListNode(line(), column());
        for (Node item : items) {
            copy.add(item.copy());
        }
        return copy;
    }
}
