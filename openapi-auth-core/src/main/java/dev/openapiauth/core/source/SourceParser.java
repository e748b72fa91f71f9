package dev.openapiauth.core.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a JSON or YAML document into a located tree, within {@link ParseLimits}. */
public final class SourceParser {
    private static final int BINARY_PROBE_BYTES = 8192;

    private final ParseLimits limits;
    private final JsonTreeReader json;

    public SourceParser(ParseLimits limits) {
        this(limits, Deferral.NONE);
    }

    /** @param deferral the JSON parts to skim and build on first use; YAML is always built whole (an anchor in a skimmed part could be aliased outside it) */
    public SourceParser(ParseLimits limits, Deferral deferral) {
        this.limits = limits;
        this.json = new JsonTreeReader(limits, deferral);
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
        if (looksLikeJson(name, bytes)) {
            // Checked without decoding: Jackson decodes only what it builds, and skimmed parts are never built.
            int invalid = Utf8.firstInvalid(bytes);
            if (invalid >= 0) {
                int[] at = Utf8.position(bytes, invalid);
                throw new SourceParseException("not UTF-8 text: byte 0x" + Integer.toHexString(bytes[invalid] & 0xff)
                        + " at offset " + invalid + " begins no well-formed character", at[0], at[1]);
            }
            return new Parsed(Format.JSON, json.read(bytes));
        }
        Node block = BlockYamlReader.read(bytes, limits);
        if (block != null) {
            return new Parsed(Format.YAML, block);
        }
        // Made here, not up front: its class compiles regular expressions that neither JSON nor block YAML needs.
        return new Parsed(Format.YAML, new YamlTreeReader(limits).read(decode(bytes)));
    }

    private static String decode(byte[] bytes) throws SourceParseException {
        // The JDK's String constructor decodes UTF-8 several times faster than a reporting decoder; it
        // replaces bad bytes with U+FFFD, so only a text that
        // has one is decoded again strictly, to tell a written U+FFFD from bytes that are not UTF-8.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
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

    private static boolean looksLikeJson(String name, byte[] bytes) {
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return true;
        }
        int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** A parsed document and the format it was written in. */
    public record Parsed(Format format, Node root) {
    }
}
