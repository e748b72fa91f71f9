package dev.openapiauth.cli;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import dev.openapiauth.jobs.ContractJob;
import dev.openapiauth.jobs.ContractRequest;
import dev.openapiauth.lint.report.TextLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code openapi-auth generate --spec-only}: writes the description with the standard error contract added. */
final class GenerateCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("generate",
            "Adds the standard 401/403 error contract (RFC 9457 Problem, WWW-Authenticate, Unauthorized, Forbidden) to a "
                    + "description and writes it, in its own format and version, to DIR.",
            List.of(
                    OptionSpec.value("--output", "DIR", "Folder to write the augmented description to (files keep their "
                            + "paths relative to the entry's folder). Required.").alias("-o"),
                    OptionSpec.flag("--spec-only", "Write only the augmented description. (Server stubs come from the Maven "
                            + "generate goal.) Required."),
                    OptionSpec.value("--realm", "REALM", "Realm of the challenges (default: the description's info.title)."),
                    OptionSpec.flag("--include-webhooks", "Also add the contract to operations of webhooks and callbacks."),
                    OptionSpec.overlay(),
                    OptionSpec.repeatable("--allow-remote-ref", "HOST", "Fetch http/https $refs to HOST (repeatable)."),
                    OptionSpec.value("--root", "DIR", "Folder that file $refs may not leave (default: the entry's folder).")),
            "SPEC", 1, 1,
            List.of("0  written", "2  usage error, or a description that cannot be read"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        Path output = arguments.path("--output");
        if (output == null) {
            throw new UsageException("missing required option '--output=DIR'");
        }
        if (!arguments.flag("--spec-only")) {
            throw new UsageException("missing required option '--spec-only' (server stubs come from the Maven generate goal)");
        }
        ContractJob.Outcome result;
        try {
            result = new ContractJob().run(new ContractRequest(Path.of(arguments.positionals().get(0)), output,
                    arguments.value("--realm"), arguments.flag("--include-webhooks"), arguments.values("--allow-remote-ref"),
                    arguments.path("--root"), arguments.paths("--overlay")));
        } catch (UnreadableSpecException e) {
            err.println("openapi-auth: cannot read " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        } catch (UneditableDescriptionException e) {
            err.println("openapi-auth: " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        for (LoadProblem problem : result.problems()) {
            err.println("openapi-auth: warning: " + problem + " (not copied)");
        }
        result.notes().forEach(note -> out.println("note: " + note));
        out.println("added " + TextLines.plural(result.additions().size(), "member") + "; wrote "
                + TextLines.plural(result.written().size(), "file") + " to " + output);
        result.additions().forEach(addition -> out.println("  + " + addition));
        return 0;
    }
}
