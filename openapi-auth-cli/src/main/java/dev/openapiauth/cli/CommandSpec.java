package dev.openapiauth.cli;

import java.util.List;

/**
 * What a command accepts and how its help reads: the options, the positional parameters (label, how
 * many at least and at most) and the exit codes. Parsing ({@link Arguments}) and help are both read
 * from it, so they cannot disagree.
 */
record CommandSpec(String name, String description, List<OptionSpec> options, String positionalLabel, int minPositionals,
        int maxPositionals, List<String> exitCodes) {
    static final OptionSpec HELP = new OptionSpec(List.of("-h", "--help"), null, "Show this help and exit.", false);
    static final OptionSpec VERSION = new OptionSpec(List.of("-V", "--version"), null, "Print the version and exit.", false);

    OptionSpec option(String name) {
        for (OptionSpec option : options) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        return HELP.names().contains(name) ? HELP : null;
    }

    String help() {
        StringBuilder text = new StringBuilder("Usage: openapi-auth ").append(name);
        if (!options.isEmpty()) {
            text.append(" [OPTIONS]");
        }
        if (maxPositionals > 0) {
            text.append(' ').append(positionalLabel).append(maxPositionals > 1 ? "..." : "");
        }
        text.append(System.lineSeparator()).append(description).append(System.lineSeparator()).append(System.lineSeparator());
        int width = HELP.synopsis().length();
        for (OptionSpec option : options) {
            width = Math.max(width, option.synopsis().length());
        }
        for (OptionSpec option : options) {
            appendRow(text, width, option);
        }
        appendRow(text, width, HELP);
        if (!exitCodes.isEmpty()) {
            text.append(System.lineSeparator()).append("Exit codes:").append(System.lineSeparator());
            exitCodes.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        }
        return text.toString();
    }

    private static void appendRow(StringBuilder text, int width, OptionSpec option) {
        text.append("  ").append(option.synopsis()).append(" ".repeat(width - option.synopsis().length() + 2))
                .append(option.description()).append(System.lineSeparator());
    }
}
