package dev.openapiauth.core.source;

import java.util.List;

/** A tree written out with every key's and value's line and column, to compare two readings of one document. */
public final class LocatedTree {
    private LocatedTree() {
    }

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        write("", node, out);
        return out.toString();
    }

    private static void write(String pointer, Node node, StringBuilder out) {
        out.append(pointer).append(' ').append(node.line()).append(':').append(node.column());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.kind()).append(' ').append(scalar.text()).append('\n');
        } else if (node instanceof ListNode list) {
            out.append(" list\n");
            List<Node> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                write(pointer + "/" + i, items.get(i), out);
            }
        } else {
            out.append(" map\n");
            for (Member member : ((MapNode) node).members()) {
                String child = JsonPointer.append(pointer, member.key());
                out.append(child).append(" key ").append(member.line()).append(':').append(member.column()).append('\n');
                write(child, member.value(), out);
            }
        }
    }
}
