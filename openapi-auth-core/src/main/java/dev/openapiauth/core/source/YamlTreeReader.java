package dev.openapiauth.core.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds a located tree from YAML using SnakeYAML's event parser. Working on events (not SnakeYAML's
 * node graph) keeps the build iterative, so depth is checked before any stack can overflow, and
 * lets aliases be expanded against a node budget instead of trusting the alias count alone.
 */
final class YamlTreeReader {
    private static final String MERGE_KEY = "<<";

    private final ParseLimits limits;

    YamlTreeReader(ParseLimits limits) {
        this.limits = limits;
    }

    /** The tree as SnakeYAML's events give it: every YAML text, every error with its line. */
    Node read(String text) throws SourceParseException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setNestingDepthLimit(limits.maxDepth());
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        try {
            return new Builder(new ParserImpl(new StreamReader(text), options)).build();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new SourceParseException("malformed YAML: " + context + JsonTreeReader.firstLine(problem),
                    mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1);
        } catch (YAMLException e) {
            throw new SourceParseException("malformed YAML: " + JsonTreeReader.firstLine(e.getMessage()), 1, 1);
        }
    }

    private final class Builder {
        private final Parser parser;
        private final Deque<Node> open = new ArrayDeque<>();
        private final Deque<Member> pendingKeys = new ArrayDeque<>();
        private final Deque<String> openAnchors = new ArrayDeque<>();
        private final Map<String, Node> anchors = new HashMap<>();
        private long aliasNodes;
        private Node root;
        /** For a mapping on top of the stack: the key read and not yet given a value. */
        private Member key;

        Builder(Parser parser) {
            this.parser = parser;
        }

        Node build() throws SourceParseException {
            while (parser.peekEvent() != null && !parser.checkEvent(Event.ID.StreamEnd)) {
                Event event = parser.getEvent();
                switch (event.getEventId()) {
                    case Scalar -> value(event, scalar((ScalarEvent) event));
                    case Alias -> value(event, alias((AliasEvent) event));
                    case MappingStart, SequenceStart -> start((CollectionStartEvent) event);
                    case MappingEnd, SequenceEnd -> end();
                    case DocumentEnd -> {
                        if (root != null) {
                            requireNoFurtherDocument();
                            return root;
                        }
                    }
                    default -> {
                        // stream and document starts carry nothing we need
                    }
                }
            }
            if (root == null) {
                throw new SourceParseException("empty document", 1, 1);
            }
            return root;
        }

        /**
         * A stream may hold several documents ('---', or text after '...'); reading only the first
         * would lint part of what was written, so a second one is refused where it starts.
         */
        private void requireNoFurtherDocument() throws SourceParseException {
            Event next = parser.getEvent();
            if (next.getEventId() != Event.ID.StreamEnd) {
                Mark mark = next.getStartMark();
                throw new SourceParseException("a second YAML document starts here (after '---' or '...'): a description "
                        + "is one document", mark.getLine() + 1, mark.getColumn() + 1);
            }
        }

        private void start(CollectionStartEvent event) throws SourceParseException {
            Mark mark = event.getStartMark();
            if (open.peek() instanceof MapNode && key == null) {
                throw new SourceParseException("a mapping key must be a plain value", mark.getLine() + 1, mark.getColumn() + 1);
            }
            if (open.size() >= limits.maxDepth()) {
                throw new SourceParseException("nesting deeper than " + limits.maxDepth() + " levels",
                        mark.getLine() + 1, mark.getColumn() + 1);
            }
            Node container = event.getEventId() == Event.ID.MappingStart
                    ? new MapNode(mark.getLine() + 1, mark.getColumn() + 1)
                    : new ListNode(mark.getLine() + 1, mark.getColumn() + 1);
            pendingKeys.push(key == null ? new Member("", 0, 0, container) : key);
            openAnchors.push(event.getAnchor() == null ? "" : event.getAnchor());
            key = null;
            open.push(container);
        }

        private void end() throws SourceParseException {
            Node closed = open.pop();
            if (closed instanceof MapNode map) {
                applyMergeKey(map);
            }
            String anchor = openAnchors.pop();
            if (!anchor.isEmpty()) {
                anchors.put(anchor, closed);
            }
            key = pendingKeys.pop();
            if (key.line() == 0) {
                key = null;
            }
            attach(closed);
        }

        private void value(Event event, Node value) throws SourceParseException {
            if (open.peek() instanceof MapNode && key == null) {
                if (!(value instanceof ScalarNode scalar)) {
                    throw new SourceParseException("a mapping key must be a plain value",
                            event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
                }
                key = new Member(scalar.text(), scalar.line(), scalar.column(), scalar);
                return;
            }
            if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null && !(event instanceof AliasEvent)) {
                anchors.put(nodeEvent.getAnchor(), value);
            }
            attach(value);
        }

        private void attach(Node value) throws SourceParseException {
            Node parent = open.peek();
            if (parent == null) {
                root = value;
            } else if (parent instanceof MapNode map) {
                Member first = map.member(key.key());
                if (first != null) {
                    throw new SourceParseException("duplicate key '" + key.key() + "' (first at line " + first.line()
                            + "): a key may appear once in a mapping", key.line(), key.column());
                }
                map.put(new Member(key.key(), key.line(), key.column(), value));
                key = null;
            } else {
                ((ListNode) parent).add(value);
            }
        }

        private Node alias(AliasEvent event) throws SourceParseException {
            Mark mark = event.getStartMark();
            Node target = anchors.get(event.getAnchor());
            if (target == null) {
                String why = openAnchors.contains(event.getAnchor()) ? "recursive alias *" : "unknown alias *";
                throw new SourceParseException(why + event.getAnchor(), mark.getLine() + 1, mark.getColumn() + 1);
            }
            if (target instanceof ScalarNode) {
                return target;
            }
            aliasNodes += target.size();
            if (aliasNodes > limits.maxAliasNodes()) {
                throw new SourceParseException("YAML aliases expand to more than " + limits.maxAliasNodes()
                        + " nodes (possible \"billion laughs\" attack)", mark.getLine() + 1, mark.getColumn() + 1);
            }
            return target.copy();
        }

        private ScalarNode scalar(ScalarEvent event) {
            Mark mark = event.getStartMark();
            String text = event.getValue();
            boolean plain = event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && event.getTag() == null;
            return new ScalarNode(mark.getLine() + 1, mark.getColumn() + 1, plain ? PlainScalars.kindOf(text) : ScalarNode.Kind.STRING, text);
        }
    }

    /** YAML's merge key: entries of the merged mappings that the mapping does not set itself. */
    private static void applyMergeKey(MapNode map) {
        Member merge = map.member(MERGE_KEY);
        if (merge == null || merge.value() instanceof ScalarNode) {
            return;
        }
        List<Node> sources = merge.value() instanceof ListNode list ? list.items() : List.of(merge.value());
        MapNode merged = new MapNode(map.line(), map.column());
        for (Member member : map.members()) {
            if (!member.key().equals(MERGE_KEY)) {
                merged.put(member);
            }
        }
        for (Node source : sources) {
            if (source instanceof MapNode sourceMap) {
                for (Member member : sourceMap.members()) {
                    if (!merged.has(member.key())) {
                        merged.put(member);
                    }
                }
            }
        }
        map.replaceMembers(merged);
    }
}
