package dev.openapiauth.core.source;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. Jackson
 * decodes only the strings it builds, and those leniently, so a skimmed part could hide bytes that
 * are not text at all; this checks every byte once, without decoding.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
            } else if (codePointAt(bytes, i) < 0) {
                return i;
            } else {
                i += length(bytes[i]);
            }
        }
        return -1;
    }

    /** The number of bytes of the sequence {@code lead} begins, or 0 for a byte that begins none. */
    static int length(byte lead) {
        int b = lead & 0xff;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xc2 && b <= 0xdf) {
            return 2;
        }
        if (b >= 0xe0 && b <= 0xef) {
            return 3;
        }
        return b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    }

    /** The character of the well-formed sequence at {@code i}, or -1 where none begins. */
    static int codePointAt(byte[] bytes, int i) {
        int length = length(bytes[i]);
        if (length == 0 || i + length > bytes.length) {
            return -1;
        }
        if (length == 1) {
            return bytes[i];
        }
        int code = bytes[i] & (0xff >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xff;
            if ((next & 0xc0) != 0x80) {
                return -1;
            }
            code = code << 6 | (next & 0x3f);
        }
        int min = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return -1;
        }
        return code;
    }

    /** Line and column (1-based, in characters) of {@code offset} in well-formed text before it. */
    static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
