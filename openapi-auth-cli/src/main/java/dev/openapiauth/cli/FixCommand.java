package dev.openapiauth.cli;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.jobs.FixJob;
import dev.openapiauth.jobs.FixRequest;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.report.TextLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code openapi-auth fix}: adds the missing error contract to the descriptions' own files, or shows it as a diff. */
final class FixCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("fix",
            "Adds what the 401/403 rules ask for (401 with WWW-Authenticate, 403) to the descriptions' own files, "
                    + "reusing their own responses and schemas; every other byte stays as it was.",
            List.of(
                    OptionSpec.flag("--dry-run", "Print the unified diff of each fix and change no file."),
                    OptionSpec.value("--realm", "REALM", "Realm of the challenges (default: the description's info.title)."),
                    OptionSpec.flag("--include-webhooks", "Also fix operations of webhooks and callbacks."),
                    OptionSpec.repeatable("--allow-remote-ref", "HOST", "Fetch http/https $refs to HOST (repeatable)."),
                    OptionSpec.value("--root", "DIR", "Folder that file $refs may not leave (default: the entry's folder).")),
            "SPEC", 1, Integer.MAX_VALUE,
            List.of("0  fixed (or nothing to fix)", "2  usage error, or a description that cannot be read or fixed safely "
                    + "(it is left untouched)"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        List<Path> specs = new ArrayList<>();
        for (String spec : arguments.positionals()) {
            specs.add(Path.of(spec));
        }
        boolean dryRun = arguments.flag("--dry-run");
        LoadOptions load = LoadOptions.DEFAULT
                .withAllowedRemoteHosts(Set.copyOf(LintOptions.splitCommas(arguments.values("--allow-remote-ref"))))
                .withRootDirectory(arguments.path("--root"));
        FixJob.Outcome outcome = new FixJob().run(new FixRequest(specs, arguments.value("--realm"),
                arguments.flag("--include-webhooks"), load, dryRun));
        // With --dry-run standard output carries the diff alone, so that it can be piped to git apply or patch.
        PrintWriter report = dryRun ? err : out;
        for (FixJob.SpecOutcome spec : outcome.specs()) {
            if (spec.error() != null) {
                err.println("openapi-auth: " + spec.error());
                continue;
            }
            for (LoadProblem problem : spec.problems()) {
                err.println("openapi-auth: warning: " + problem + " (not fixed)");
            }
            for (FixJob.ChangedFile file : spec.changed()) {
                if (dryRun) {
                    file.diff().forEach(out::println);
                }
                report.println((dryRun ? "would fix " : "fixed ") + file.file() + ": " + TextLines.plural(file.linesAdded(), "line")
                        + " added" + (file.linesChanged() > 0 ? ", " + TextLines.plural(file.linesChanged(), "line") + " grown" : ""));
            }
            if (spec.changed().isEmpty()) {
                report.println(spec.spec() + ": nothing to fix");
            }
            spec.notes().forEach(note -> report.println("  " + note));
        }
        return outcome.failed() ? OpenApiAuthCommand.TOOL_ERROR : 0;
    }
}
