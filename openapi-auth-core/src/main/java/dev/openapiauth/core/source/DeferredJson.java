package dev.openapiauth.core.source;

/**
 * The bytes of a JSON object or array that was skimmed, and where it starts, so its tree can be
 * built when first needed, with the lines and columns it would have had.
 */
record DeferredJson(JsonTreeReader reader, byte[] bytes, int start, int end, int line, int column) {

    Node build() {
        try {
            return reader.readPart(this);
        } catch (SourceParseException e) {
            // Skimming checked this part with the same parser and limits; failing now is a bug, not bad input.
            throw new IllegalStateException("a checked part of the document failed to parse again at "
                    + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
    }
}
