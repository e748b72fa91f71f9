package dev.openapiauth.lint.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Builds a located tree from JSON with Jackson's streaming parser, without recursion. */
final class JsonTreeReader {
    private final JsonFactory factory;
    private final int maxDepth;

    JsonTreeReader(ParseLimits limits) {
        this.maxDepth = limits.maxDepth();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
    }

    Node read(byte[] bytes) throws SourceParseException {
        try (JsonParser parser = factory.createParser(bytes)) {
            return build(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            if (message != null && message.contains("maximum allowed")) {
                message = "nesting deeper than " + maxDepth + " levels";
            }
            throw new SourceParseException("malformed JSON: " + firstLine(message),
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw new SourceParseException("cannot read JSON: " + e.getMessage(), 1, 1);
        }
    }

    private static Node build(JsonParser parser) throws IOException, SourceParseException {
        Deque<Node> open = new ArrayDeque<>();
        Deque<Member> pendingKeys = new ArrayDeque<>();
        Node root = null;
        String key = null;
        int keyLine = 0;
        int keyColumn = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            Node value;
            switch (token) {
                case FIELD_NAME -> {
                    key = parser.currentName();
                    keyLine = line;
                    keyColumn = column;
                    continue;
                }
                case START_OBJECT -> value = new MapNode(line, column);
                case START_ARRAY -> value = new ListNode(line, column);
                case END_OBJECT, END_ARRAY -> {
                    Node closed = open.pop();
                    Member slot = pendingKeys.pop();
                    if (open.isEmpty()) {
                        root = closed;
                    } else {
                        attach(open.peek(), slot.key(), slot.line(), slot.column(), closed);
                    }
                    continue;
                }
                case VALUE_STRING -> value = new ScalarNode(line, column, ScalarNode.Kind.STRING, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        value = new ScalarNode(line, column, ScalarNode.Kind.NUMBER, parser.getText());
                case VALUE_TRUE, VALUE_FALSE ->
                        value = new ScalarNode(line, column, ScalarNode.Kind.BOOLEAN, parser.getText());
                case VALUE_NULL -> value = new ScalarNode(line, column, ScalarNode.Kind.NULL, "null");
                default -> throw new SourceParseException("unsupported JSON token " + token, line, column);
            }
            if (value instanceof ScalarNode) {
                if (open.isEmpty()) {
                    root = value;
                } else {
                    attach(open.peek(), key, keyLine, keyColumn, value);
                }
            } else {
                // Remember the key this container will be stored under until it closes.
                pendingKeys.push(new Member(key == null ? "" : key, keyLine, keyColumn, value));
                open.push(value);
            }
        }
        if (root == null) {
            throw new SourceParseException("empty document", 1, 1);
        }
        return root;
    }

    private static void attach(Node parent, String key, int keyLine, int keyColumn, Node value) {
        if (parent instanceof MapNode map) {
            map.put(new Member(key, keyLine, keyColumn, value));
        } else {
            ((ListNode) parent).add(value);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
