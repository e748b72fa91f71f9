package dev.openapiauth.cli;

import dev.openapiauth.lint.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code openapi-auth}: the command-line entry point for CI systems other than Maven. Arguments are
 * parsed by {@link Arguments} rather than an annotation-driven library, whose reflection took half
 * of a cold run (README "Performance").
 */
public final class OpenApiAuthCommand {
    static final int FINDINGS = 1;
    static final int TOOL_ERROR = 2;
    private static final List<Command> COMMANDS = List.of(new LintCommand(), new FixCommand(), new GenerateCommand(), new ProbeCommand(),
            new RulesCommand());
    private static final String DESCRIPTION = "Checks that every secured operation of an OpenAPI description documents its 401 and 403 errors.";

    private OpenApiAuthCommand() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (0, 1 or 2). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            return dispatch(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(PrintWriter out, PrintWriter err, String... args) {
        String first = args.length == 0 ? "" : args[0];
        if (CommandSpec.HELP.names().contains(first)) {
            out.print(help());
            return 0;
        }
        if (CommandSpec.VERSION.names().contains(first)) {
            out.println(ToolVersion.NAME + " " + ToolVersion.version());
            return 0;
        }
        Command command = find(first);
        if (command == null) {
            err.println("openapi-auth: " + (first.isEmpty() ? "a command is required: " + commandNames()
                    : "unknown command '" + first + "': " + commandNames()));
            err.println("Try 'openapi-auth --help'.");
            return TOOL_ERROR;
        }
        try {
            Arguments arguments = Arguments.parse(command.spec(), Arrays.asList(args).subList(1, args.length));
            if (arguments.flag("--help")) {
                out.print(command.spec().help());
                return 0;
            }
            return command.run(arguments, out, err);
        } catch (UsageException e) {
            err.println("openapi-auth: " + e.getMessage());
            err.println("Try 'openapi-auth " + first + " --help'.");
            return TOOL_ERROR;
        } catch (IOException | UncheckedIOException e) {
            err.println("openapi-auth: error: " + e.getMessage());
            return TOOL_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("openapi-auth: error: the heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB is too small for this run; give the JVM more memory (-Xmx, for example in JAVA_OPTS)");
            return TOOL_ERROR;
        } catch (RuntimeException | LinkageError e) {
            // A fault of the tool, not of the input: one line that can be reported, never a stack trace in a CI log.
            err.println("openapi-auth: internal error: " + e + " (please report it with the input that caused it)");
            return TOOL_ERROR;
        }
    }

    private static String commandNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Command command : COMMANDS) {
            names.add(command.spec().name());
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static Command find(String name) {
        for (Command command : COMMANDS) {
            if (command.spec().name().equals(name)) {
                return command;
            }
        }
        return null;
    }

    private static String help() {
        StringBuilder text = new StringBuilder("Usage: openapi-auth COMMAND [OPTIONS]").append(System.lineSeparator())
                .append(DESCRIPTION).append(System.lineSeparator()).append(System.lineSeparator()).append("Commands:")
                .append(System.lineSeparator());
        for (Command command : COMMANDS) {
            text.append(String.format("  %-10s%s%n", command.spec().name(), command.spec().description()));
        }
        text.append(System.lineSeparator()).append("Options:").append(System.lineSeparator());
        for (OptionSpec option : List.of(CommandSpec.HELP, CommandSpec.VERSION)) {
            text.append(String.format("  %-15s%s%n", option.synopsis(), option.description()));
        }
        return text.append(System.lineSeparator()).append("'openapi-auth COMMAND --help' lists a command's options.")
                .append(System.lineSeparator()).toString();
    }
}
