package dev.openapiauth.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments, parsed against its {@link CommandSpec}: {@code --name value}, {@code --name=value},
 * flags, repeatable options, and positional parameters ({@code --} ends the options).
 */
final class Arguments {
    private final Map<String, List<String>> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(CommandSpec spec, List<String> args) throws UsageException {
        Arguments parsed = new Arguments();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = equals < 0 ? arg : arg.substring(0, equals);
            OptionSpec option = spec.option(name);
            if (option == null) {
                throw new UsageException("unknown option '" + name + "'");
            }
            String value;
            if (!option.takesValue()) {
                if (equals >= 0) {
                    throw new UsageException("option '" + name + "' takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option '" + name + "' needs a value: " + option.label());
            }
            List<String> given = parsed.values.get(option.key());
            if (given == null) {
                given = new ArrayList<>();
                parsed.values.put(option.key(), given);
            }
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException("option '" + name + "' may be given only once");
            }
            given.add(value);
        }
        if (!parsed.flag("--help")) {
            parsed.checkPositionals(spec);
        }
        return parsed;
    }

    private void checkPositionals(CommandSpec spec) throws UsageException {
        if (positionals.size() < spec.minPositionals()) {
            throw new UsageException("missing " + spec.positionalLabel());
        }
        if (positionals.size() > spec.maxPositionals()) {
            throw new UsageException(spec.maxPositionals() == 0 ? "unexpected argument '" + positionals.get(0) + "'"
                    : "unexpected argument '" + positionals.get(spec.maxPositionals()) + "'");
        }
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.get(0);
    }

    Path path(String name) {
        String value = value(name);
        return value == null ? null : Path.of(value);
    }

    List<Path> paths(String name) {
        List<Path> paths = new ArrayList<>();
        for (String value : values(name)) {
            paths.add(Path.of(value));
        }
        return paths;
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    List<String> positionals() {
        return positionals;
    }
}
