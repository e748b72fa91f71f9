package dev.openapiauth.cli;

import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.load.LoadProblem;
import dev.openapiauth.lint.load.UnreadableSpecException;
import dev.openapiauth.lint.report.TextLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openapi-auth generate --spec-only}: writes the description with the standard error contract added. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Adds the standard 401/403 error contract (RFC 9457 Problem, WWW-Authenticate, Unauthorized, "
                + "Forbidden) to a description and writes it, in its own format and version, to DIR.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error, or a description that cannot be read"})
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SPEC", description = "Entry document of the description.")
    private Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Folder to write the augmented description to (files keep their paths relative to the entry's folder).")
    private Path output;

    @Option(names = "--spec-only", required = true,
            description = "Write only the augmented description. (Server stubs come from the Maven generate goal.)")
    private boolean specOnly;

    @Option(names = "--realm", paramLabel = "REALM", description = "Realm of the challenges (default: the description's info.title).")
    private String realm;

    @Option(names = "--include-webhooks", description = "Also add the contract to operations of webhooks and callbacks.")
    private boolean includeWebhooks;

    @Option(names = "--allow-remote-ref", paramLabel = "HOST", description = "Fetch http/https $refs to HOST (repeatable).")
    private List<String> allowedHosts = List.of();

    @Option(names = "--root", paramLabel = "DIR", description = "Folder that file $refs may not leave (default: the entry's folder).")
    private Path root;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LintOptions lintOptions = LintOptions.of(List.of(), java.util.Map.of(), false, includeWebhooks, allowedHosts, root);
        ContractAugmenter augmenter = new ContractAugmenter(new ContractAugmenter.Options(realm, lintOptions.load(), includeWebhooks));
        ContractAugmenter.Result result;
        try {
            result = augmenter.augment(input, output);
        } catch (UnreadableSpecException e) {
            err.println("openapi-auth: cannot read " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        for (LoadProblem problem : result.problems()) {
            err.println("openapi-auth: warning: " + problem + " (not copied)");
        }
        result.notes().forEach(note -> out.println("note: " + note));
        out.println("added " + TextLines.plural(result.additions().size(), "member") + "; wrote "
                + TextLines.plural(result.written().size(), "file") + " to " + output);
        result.additions().forEach(addition -> out.println("  + " + addition.file() + "#" + addition.pointer()));
        out.flush();
        return 0;
    }
}
