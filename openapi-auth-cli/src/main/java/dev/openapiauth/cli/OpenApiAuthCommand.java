package dev.openapiauth.cli;

import dev.openapiauth.lint.ToolVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openapi-auth}: the command-line entry point for CI systems other than Maven. */
@Command(name = "openapi-auth", mixinStandardHelpOptions = true, versionProvider = OpenApiAuthCommand.Version.class,
        subcommands = {LintCommand.class, GenerateCommand.class, RulesCommand.class},
        description = "Checks that every secured operation of an OpenAPI description documents its 401 and 403 errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, or a document that cannot be read at all"})
public final class OpenApiAuthCommand implements Runnable {
    static final int FINDINGS = 1;
    static final int TOOL_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: lint, generate or rules");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code (0, 1 or 2). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new OpenApiAuthCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            err.println("openapi-auth: " + e.getMessage());
            err.println("Try 'openapi-auth " + (e.getCommandLine().getParent() == null ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help'.");
            return TOOL_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, ignored, parsed) -> {
            err.println("openapi-auth: error: " + e.getMessage());
            return TOOL_ERROR;
        });
        return commandLine.execute(args);
    }

    /** Reports the version Maven stamped into the lint engine. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolVersion.NAME + " " + ToolVersion.version()};
        }
    }
}
