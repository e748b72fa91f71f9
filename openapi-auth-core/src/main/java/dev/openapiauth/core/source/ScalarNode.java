package dev.openapiauth.core.source;

/** A string, number, boolean or null, kept as the text it was written with. */
public final class ScalarNode extends Node {
    public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final String text;

    public ScalarNode(int line, int column, Kind kind, String text) {
        super(line, column, null);
        this.kind = kind;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    @Override
    long size() {
        return 1;
    }

    @Override
    ScalarNode copy() {
        return this;
    }
}
