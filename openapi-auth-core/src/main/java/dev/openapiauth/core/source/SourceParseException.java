package dev.openapiauth.core.source;

/** A document that cannot be read, with the 1-based line and column where reading stopped. */
public final class SourceParseException extends Exception {
    private final int line;
    private final int column;

    public SourceParseException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
