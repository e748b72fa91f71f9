package dev.openapiauth.core.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A node written compactly with sorted keys, so structurally equal subtrees give equal text. */
public final class CanonicalText {
    private static final Comparator<Member> BY_KEY = new Comparator<>() {
        @Override
        public int compare(Member a, Member b) {
            return a.key().compareTo(b.key());
        }
    };

    private CanonicalText() {
    }

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.kind() == ScalarNode.Kind.STRING) {
                quoted(scalar.text(), out);
            } else {
                out.append(scalar.text());
            }
        } else if (node instanceof ListNode list) {
            out.append('[');
            List<Node> items = list.items();
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(items.get(i), out);
            }
            out.append(']');
        } else {
            out.append('{');
            List<Member> members = new ArrayList<>(((MapNode) node).members());
            members.sort(BY_KEY);
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "" : ",");
                quoted(members.get(i).key(), out);
                out.append(':');
                write(members.get(i).value(), out);
            }
            out.append('}');
        }
    }

    /** A string between quotes, with quotes and backslashes escaped, so no text can pass for the structure around it. */
    private static void quoted(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
