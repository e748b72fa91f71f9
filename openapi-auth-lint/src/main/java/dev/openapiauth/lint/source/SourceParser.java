package dev.openapiauth.lint.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a JSON or YAML document into a located tree, within {@link ParseLimits}. */
public final class SourceParser {
    private static final int BINARY_PROBE_BYTES = 8192;

    private final ParseLimits limits;
    private final JsonTreeReader json;
    private final YamlTreeReader yaml;

    public SourceParser(ParseLimits limits) {
        this.limits = limits;
        this.json = new JsonTreeReader(limits);
        this.yaml = new YamlTreeReader(limits);
    }

    public ParseLimits limits() {
        return limits;
    }

    /** Parses {@code bytes}; JSON when the name or the first character says so, YAML otherwise. */
    public Parsed parse(String name, byte[] bytes) throws SourceParseException {
        if (bytes.length > limits.maxBytes()) {
            throw new SourceParseException("document is " + bytes.length + " bytes, more than the limit of "
                    + limits.maxBytes(), 1, 1);
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new SourceParseException("binary file, not a JSON or YAML document", 1, 1);
            }
        }
        String text = decode(bytes);
        if (looksLikeJson(name, text)) {
            return new Parsed(Format.JSON, json.read(bytes));
        }
        return new Parsed(Format.YAML, yaml.read(text));
    }

    private static String decode(byte[] bytes) throws SourceParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SourceParseException("not UTF-8 text, not a JSON or YAML document", 1, 1);
        }
    }

    private static boolean looksLikeJson(String name, String text) {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** A parsed document and the format it was written in. */
    public record Parsed(Format format, Node root) {
    }
}
