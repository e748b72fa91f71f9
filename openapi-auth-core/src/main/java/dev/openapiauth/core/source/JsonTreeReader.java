package dev.openapiauth.core.source;

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
    private final Deferral deferral;

    JsonTreeReader(ParseLimits limits, Deferral deferral) {
        this.maxDepth = limits.maxDepth();
        this.deferral = deferral;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxDocumentLength(limits.maxBytes())
                        // Skimming does not measure strings; no string may fail later when a deferred part is built.
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                        .build())
                // The symbol table already gives one String per distinct key within a document; interning
                // them JVM-wide too went through a small cache that the many keys of a large description kept
                // clearing.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                // Also in skimmed parts: a second '401' key must not silently replace the first.
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    Node read(byte[] bytes) throws SourceParseException {
        return read(bytes, 0, bytes.length, 1, 1, deferral);
    }

    /** Builds a part skimmed earlier, in full. */
    Node readPart(DeferredJson part) throws SourceParseException {
        return read(part.bytes(), part.start(), part.end() - part.start(), part.line(), part.column(), Deferral.NONE);
    }

    private Node read(byte[] bytes, int offset, int length, int line, int column, Deferral deferring) throws SourceParseException {
        try (JsonParser parser = factory.createParser(bytes, offset, length)) {
            return new Builder(parser, bytes, offset, line, column, deferring).build();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceParseException(describe(e.getOriginalMessage()),
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()));
        } catch (IOException e) {
            throw new SourceParseException("cannot read JSON: " + e.getMessage(), 1, 1);
        }
    }

    /** Jackson's words for a broken limit name its internals; these name the limit the user can look up. */
    private String describe(String message) {
        String text = firstLine(message);
        if (text.contains("getMaxNestingDepth")) {
            return "nesting deeper than " + maxDepth + " levels";
        }
        if (text.contains("getMaxNumberLength")) {
            return "a number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " characters (limit)";
        }
        if (text.contains("getMaxNameLength")) {
            return "a key longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters (limit)";
        }
        if (text.startsWith("Duplicate Object property") || text.startsWith("Duplicate field")) {
            int quote = firstQuote(text);
            return "duplicate key" + (quote < 0 ? "" : " " + text.substring(quote)) + ": a key may appear once in an object";
        }
        return "malformed JSON: " + text;
    }

    /** Where Jackson's message starts quoting the key (its quotes vary between versions), or -1. */
    private static int firstQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                return i;
            }
        }
        return -1;
    }

    /** One pass over one document or deferred part; Jackson counts lines and columns from the part's start. */
    private final class Builder {
        private final JsonParser parser;
        private final byte[] bytes;
        private final int offset;
        private final int firstLine;
        private final int firstColumn;
        private final Deferral deferring;
        private final String[] keys = new String[maxDepth + 1];

        Builder(JsonParser parser, byte[] bytes, int offset, int firstLine, int firstColumn, Deferral deferring) {
            this.parser = parser;
            this.bytes = bytes;
            this.offset = offset;
            this.firstLine = firstLine;
            this.firstColumn = firstColumn;
            this.deferring = deferring;
        }

        Node build() throws IOException, SourceParseException {
            Deque<Node> open = new ArrayDeque<>();
            Deque<Member> pendingKeys = new ArrayDeque<>();
            Node root = null;
            String key = null;
            int keyLine = 0;
            int keyColumn = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonLocation at = parser.currentTokenLocation();
                int line = firstLine + at.getLineNr() - 1;
                int column = at.getLineNr() == 1 ? firstColumn + at.getColumnNr() - 1 : at.getColumnNr();
                if (root != null) {
                    throw new SourceParseException("a second JSON value after the document's end: a description is one value",
                            line, column);
                }
                Node value;
                switch (token) {
                    case FIELD_NAME -> {
                        key = parser.currentName();
                        keyLine = line;
                        keyColumn = column;
                        continue;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        int depth = open.size();
                        if (depth > 0) {
                            keys[depth - 1] = open.peek() instanceof MapNode ? key : "";
                        }
                        value = depth > 0 && deferring.defer(keys, depth)
                                ? skim(token, at, line, column)
                                : token == JsonToken.START_OBJECT ? new MapNode(line, column) : new ListNode(line, column);
                    }
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
                if (value instanceof ScalarNode || value.isDeferred()) {
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

        /** Checks the container that starts at {@code at} up to its end without building it. */
        private Node skim(JsonToken token, JsonLocation at, int line, int column) throws IOException {
            int start = offset + (int) at.getByteOffset();
            parser.skipChildren();
            int end = offset + (int) parser.currentTokenLocation().getByteOffset() + 1;
            DeferredJson part = new DeferredJson(JsonTreeReader.this, bytes, start, end, line, column);
            return token == JsonToken.START_OBJECT ? new MapNode(line, column, part) : new ListNode(line, column, part);
        }
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
