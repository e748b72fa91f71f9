package dev.openapiauth.core.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object or YAML mapping; keys keep their written order and the last duplicate wins. A
 * deferred one builds its members on first use; trees are not shared between threads.
 */
public final class MapNode extends Node {
    private static final int INDEX_THRESHOLD = 8;

    private final List<Member> members = new ArrayList<>();
    private Map<String, Integer> index;

    public MapNode(int line, int column) {
        super(line, column, null);
    }

    MapNode(int line, int column, DeferredJson deferred) {
        super(line, column, deferred);
    }

    private List<Member> built() {
        DeferredJson part = takeDeferred();
        if (part != null) {
            replaceMembers((MapNode) part.build());
        }
        return members;
    }

    void put(Member member) {
        int existing = indexOf(member.key());
        if (existing >= 0) {
            members.set(existing, member);
        } else {
            append(member);
        }
    }

    /** Adds a member under a key not there yet; false, adding nothing, when it is. */
    boolean add(Member member) {
        if (indexOf(member.key()) >= 0) {
            return false;
        }
        append(member);
        return true;
    }

    private void append(Member member) {
        members.add(member);
        if (index != null) {
            index.put(member.key(), members.size() - 1);
        } else if (members.size() > INDEX_THRESHOLD) {
            index = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                index.put(members.get(i).key(), i);
            }
        }
    }

    void remove(String key) {
        int at = indexOf(key);
        if (at >= 0) {
            members.remove(at);
            index = null;
            if (members.size() > INDEX_THRESHOLD) {
                index = new HashMap<>();
                for (int i = 0; i < members.size(); i++) {
                    index.put(members.get(i).key(), i);
                }
            }
        }
    }

    void replaceMembers(MapNode other) {
        members.clear();
        index = null;
        for (Member member : other.built()) {
            put(member);
        }
    }

    private int indexOf(String key) {
        List<Member> all = built();
        if (index != null) {
            return index.getOrDefault(key, -1);
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public Member member(String key) {
        int i = indexOf(key);
        return i < 0 ? null : members.get(i);
    }

    public Node get(String key) {
        Member member = member(key);
        return member == null ? null : member.value();
    }

    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    public List<Member> members() {
        return Collections.unmodifiableList(built());
    }

    @Override
    long size() {
        long size = 1;
        for (Member member : built()) {
            size += member.value().size();
        }
        return size;
    }

    @Override
    MapNode copy() {
        MapNode copy = new MapNode(line(), column());
        for (Member member : built()) {
            copy.put(new Member(member.key(), member.line(), member.column(), member.value().copy()));
        }
        return copy;
    }
}
