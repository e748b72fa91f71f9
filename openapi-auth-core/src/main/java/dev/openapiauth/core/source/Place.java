package dev.openapiauth.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A node together with the file and JSON pointer it was found at, and the line and column a user
 * would edit: the key it is written under when it has one, else the node itself.
 *
 * @param key the member key this place was reached through, or null (a root, a reference target,
 *            a list item); kept so that {@link #name()} returns the parsed key itself, which Jackson
 *            canonicalizes, instead of a new string cut out of the pointer
 */
public record Place(SourceFile file, String pointer, Node node, int line, int column, String key) {

    public static Place root(SourceFile file) {
        return new Place(file, "", file.root(), file.root().line(), file.root().column(), null);
    }

    /** The value under {@code key}, or null when this is not a mapping or has no such key. */
    public Place child(String key) {
        if (node instanceof MapNode map) {
            Member member = map.member(key);
            if (member != null) {
                return new Place(member.value().fileWithin(file), JsonPointer.append(pointer, key), member.value(), member.line(),
                        member.column(), member.key());
            }
        }
        return null;
    }

    /** Every member of a mapping, in written order; empty for anything else. */
    public List<Place> children() {
        List<Place> children = new ArrayList<>();
        if (node instanceof MapNode map) {
            for (Member member : map.members()) {
                children.add(new Place(member.value().fileWithin(file), JsonPointer.append(pointer, member.key()), member.value(),
                        member.line(), member.column(), member.key()));
            }
        }
        return children;
    }

    /** Every item of a sequence, in order; empty for anything else. */
    public List<Place> items() {
        List<Place> items = new ArrayList<>();
        if (node instanceof ListNode list) {
            List<Node> nodes = list.items();
            for (int i = 0; i < nodes.size(); i++) {
                Node item = nodes.get(i);
                items.add(new Place(item.fileWithin(file), pointer + "/" + i, item, item.line(), item.column(), null));
            }
        }
        return items;
    }

    /** The last segment of the pointer: the key or index this place is stored under. */
    public String name() {
        return key != null ? key : JsonPointer.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /** The text of a scalar under {@code key}, or null. */
    public String text(String key) {
        return node instanceof MapNode map && map.get(key) instanceof ScalarNode scalar ? scalar.text() : null;
    }

    public boolean isMap() {
        return node instanceof MapNode;
    }

    public boolean isList() {
        return node instanceof ListNode;
    }
}
