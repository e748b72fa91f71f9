package dev.openapiauth.core.source;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI Overlay 1.0 document, applied to a description's entry document before anything reads
 * it: each action's JSONPath {@code target} selects nodes; {@code remove: true} removes them,
 * {@code update} merges into an object (members of both objects merge, anything else is replaced)
 * or is appended to an array. What an overlay adds keeps its own lines: a finding about it names
 * the overlay file. An action that selects nothing is an error, so that a mistyped target never
 * passes as applied.
 */
public final class Overlay {
    private static final Configuration PATHS = Configuration.builder().options(Option.AS_PATH_LIST).build();

    /** An overlay that cannot be applied, with the line of the overlay it is about. */
    public static final class InvalidException extends Exception {
        private final int line;
        private final int column;

        InvalidException(String message, Node at) {
            super(message);
            this.line = at.line();
            this.column = at.column();
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private record Action(String target, Node update, boolean remove, Node at) {
    }

    private final String displayName;
    private final List<Action> actions;

    private Overlay(String displayName, List<Action> actions) {
        this.displayName = displayName;
        this.actions = actions;
    }

    /** Reads an overlay document's parsed root; {@code displayName} names it in findings and messages. */
    public static Overlay of(String displayName, Node root) throws InvalidException {
        if (!(root instanceof MapNode map) || !(map.get("overlay") instanceof ScalarNode version)) {
            throw new InvalidException("not an OpenAPI Overlay: no 'overlay' field", root);
        }
        if (!version.text().matches("1\\.0\\.\\d+")) {
            throw new InvalidException("unsupported Overlay version '" + version.text() + "' (supported: 1.0.x)", version);
        }
        if (!(map.get("actions") instanceof ListNode list) || list.items().isEmpty()) {
            throw new InvalidException("an Overlay needs a non-empty 'actions' list", map);
        }
        List<Action> actions = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof MapNode action) || !(action.get("target") instanceof ScalarNode target)
                    || !target.text().startsWith("$")) {
                throw new InvalidException("each action needs a 'target' JSONPath that starts with $", item);
            }
            boolean remove = action.get("remove") instanceof ScalarNode flag && flag.text().equals("true");
            Node update = action.get("update");
            if (!remove && update == null) {
                throw new InvalidException("the action for " + target.text() + " neither updates nor removes", item);
            }
            actions.add(new Action(target.text(), update, remove, target));
        }
        return new Overlay(displayName, actions);
    }

    /** Applies every action, in order, to the document; what it adds counts as written in the overlay. */
    public void applyTo(SourceFile document) throws InvalidException {
        SourceFile origin = new SourceFile(document.uri(), displayName, document.format(), document.root());
        for (Action action : actions) {
            List<List<Object>> targets = select(document.root(), action);
            if (targets.isEmpty()) {
                throw new InvalidException("target " + action.target() + " selects nothing in " + document.displayName(), action.at());
            }
            // Removals from the end first, so that the indexes of the other targets stay right.
            for (int i = targets.size() - 1; i >= 0; i--) {
                apply(document.root(), targets.get(i), action, origin);
            }
        }
    }

    private static List<List<Object>> select(Node root, Action action) throws InvalidException {
        List<String> paths;
        try {
            paths = JsonPath.using(PATHS).parse(plain(root)).read(action.target());
        } catch (PathNotFoundException e) {
            return List.of();
        } catch (InvalidPathException e) {
            throw new InvalidException("target " + action.target() + " is not a JSONPath: " + e.getMessage(), action.at());
        }
        List<List<Object>> targets = new ArrayList<>();
        for (String path : paths) {
            targets.add(segments(path));
        }
        return targets;
    }

    private static void apply(Node root, List<Object> path, Action action, SourceFile origin) throws InvalidException {
        if (path.isEmpty()) {
            if (action.remove()) {
                throw new InvalidException("the whole document cannot be removed", action.at());
            }
            merge(root, action.update(), origin, action);
            return;
        }
        Node parent = root;
        for (Object segment : path.subList(0, path.size() - 1)) {
            parent = child(parent, segment);
        }
        Object last = path.get(path.size() - 1);
        if (action.remove()) {
            if (parent instanceof MapNode map) {
                map.remove((String) last);
            } else if (parent instanceof ListNode list) {
                list.remove((Integer) last);
            }
            return;
        }
        merge(child(parent, last), action.update(), origin, action);
    }

    /** Overlay 1.0 §4.4.3: objects merge member by member, an array gains the update as an item, anything else is replaced. */
    private static void merge(Node target, Node update, SourceFile origin, Action action) throws InvalidException {
        if (target instanceof ListNode list) {
            update.originate(origin);
            list.append(update);
        } else if (target instanceof MapNode map && update instanceof MapNode members) {
            for (Member member : members.members()) {
                Node existing = map.get(member.key());
                if (existing instanceof MapNode && member.value() instanceof MapNode) {
                    merge(existing, member.value(), origin, action);
                } else {
                    member.value().originate(origin);
                    map.put(member);
                }
            }
        } else {
            throw new InvalidException("target " + action.target() + " selects a " + kind(target) + ", which an update of a "
                    + kind(update) + " cannot merge into; select its parent object instead", action.at());
        }
    }

    private static String kind(Node node) {
        return node instanceof MapNode ? "object" : node instanceof ListNode ? "array" : "value";
    }

    private static Node child(Node node, Object segment) {
        if (node instanceof MapNode map && segment instanceof String key) {
            return map.get(key);
        }
        if (node instanceof ListNode list && segment instanceof Integer index) {
            return list.items().get(index);
        }
        throw new IllegalStateException("JSONPath " + segment + " does not fit the tree it was found in");
    }

    /** {@code $['paths']['/pets'][0]} as {@code ["paths", "/pets", 0]}; quotes inside a key come escaped as {@code \'}. */
    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        int at = 1;
        while (at < path.length()) {
            if (path.startsWith("['", at)) {
                StringBuilder key = new StringBuilder();
                int i = at + 2;
                while (path.charAt(i) != '\'') {
                    char c = path.charAt(i);
                    if (c == '\\') {
                        i++;
                        c = path.charAt(i);
                    }
                    key.append(c);
                    i++;
                }
                segments.add(key.toString());
                at = i + 2;
            } else {
                int close = path.indexOf(']', at);
                segments.add(Integer.parseInt(path.substring(at + 1, close)));
                at = close + 1;
            }
        }
        return segments;
    }

    /** The tree as maps, lists and strings, for the JSONPath engine (comparisons in filters see scalar text). */
    private static Object plain(Node node) {
        if (node instanceof MapNode map) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Member member : map.members()) {
                members.put(member.key(), plain(member.value()));
            }
            return members;
        }
        if (node instanceof ListNode list) {
            List<Object> items = new ArrayList<>();
            for (Node item : list.items()) {
                items.add(plain(item));
            }
            return items;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.kind()) {
            case NULL -> null;
            case BOOLEAN -> Boolean.parseBoolean(scalar.text());
            case NUMBER -> numberOrText(scalar.text());
            case STRING -> scalar.text();
        };
    }

    private static Object numberOrText(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** For messages: the overlay's name. */
    public String displayName() {
        return displayName;
    }
}
