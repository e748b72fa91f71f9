package dev.openapiauth.cli;

import java.util.List;

/**
 * One option of a command: its names ({@code --format}, {@code -o}), the label of its value (null for a
 * flag), the help text, and whether it may be given more than once.
 */
record OptionSpec(List<String> names, String label, String description, boolean repeatable) {

    static OptionSpec flag(String name, String description) {
        return new OptionSpec(List.of(name), null, description, false);
    }

    static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(List.of(name), label, description, false);
    }

    /** {@code --overlay FILE}, as every command that reads descriptions takes it. */
    static OptionSpec overlay() {
        return repeatable("--overlay", "FILE", "An OpenAPI Overlay 1.0 document applied to the description before it is read "
                + "(repeatable, applied in order): declare the schemes and requirements a description you do not own lacks.");
    }

    static OptionSpec repeatable(String name, String label, String description) {
        return new OptionSpec(List.of(name), label, description, true);
    }

    OptionSpec alias(String shortName) {
        return new OptionSpec(List.of(shortName, names.get(0)), label, description, repeatable);
    }

    boolean takesValue() {
        return label != null;
    }

    /** The name the parsed values are filed under: the long one. */
    String key() {
        return names.get(names.size() - 1);
    }

    String synopsis() {
        return String.join(", ", names) + (takesValue() ? " " + label : "");
    }
}
