package dev.openapiauth.cli;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.InvalidRequestException;
import dev.openapiauth.jobs.LintJob;
import dev.openapiauth.jobs.LintRequest;
import dev.openapiauth.jobs.ReportTarget;
import dev.openapiauth.jobs.RequestParameter;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code openapi-auth lint}: options into a {@link LintRequest}, {@link LintJob} does the work, its outcome into an exit code. */
final class LintCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("lint", "Lints OpenAPI descriptions (Swagger 2.0, OpenAPI 3.0, 3.1; YAML or JSON).",
            List.of(
                    OptionSpec.repeatable("--format", "FORMAT[=FILE]", "Report format: text (default), json, sarif, github, "
                            + "checkstyle, markdown, html or rdjson (reviewdog, with suggested fixes). Repeatable; FORMAT=FILE writes that report to FILE, one format "
                            + "may go to standard output (or --output)."),
                    OptionSpec.value("--output", "FILE", "Write the report without =FILE to FILE instead of standard output."),
                    OptionSpec.value("--baseline", "FILE", "An earlier JSON or SARIF report of openapi-auth: report and fail "
                            + "on new findings only, list the fixed ones."),
                    OptionSpec.value("--since", "GIT-REV", "Compare with the same files at this git revision (read with git "
                            + "show): new findings only, and the fixed ones."),
                    OptionSpec.value("--fail-on", "LEVEL", "Exit with 1 when a finding is at least this severe: error, "
                            + "warning, info or never (default: error)."),
                    OptionSpec.repeatable("--ignore", "RULE", "Do not report RULE (repeatable, or comma-separated)."),
                    OptionSpec.repeatable("--severity", "RULE=LEVEL", "Report RULE at LEVEL (error, warning, info, or off "
                            + "to ignore it); repeatable."),
                    OptionSpec.overlay(),
                    OptionSpec.flag("--accept-ranges", "Let 4XX and default responses satisfy the 401/403 rules."),
                    OptionSpec.flag("--include-webhooks", "Also lint operations of webhooks and callbacks."),
                    OptionSpec.repeatable("--allow-remote-ref", "HOST", "Fetch http/https $refs to HOST (repeatable). "
                            + "No remote $ref is followed otherwise."),
                    OptionSpec.value("--root", "DIR", "Folder that file $refs may not leave (default: the folder of each "
                            + "entry document).")),
            "SPEC", 1, Integer.MAX_VALUE,
            List.of("0  no finding at or above --fail-on", "1  findings at or above --fail-on",
                    "2  usage error, or a document that cannot be read at all"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        LintRequest request = request(arguments);
        Path output = arguments.path("--output");
        LintJob.Outcome outcome;
        try (Writer console = output == null ? null : new OutputFile(output)) {
            outcome = new LintJob().run(request, console == null ? out : console);
        } catch (BaselineException e) {
            err.println("openapi-auth: " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        // Always, whatever the reports hold: --ignore or --severity may have taken its finding out of them.
        for (LoadProblem problem : outcome.unreadable()) {
            err.println("openapi-auth: cannot read " + problem);
        }
        if (!outcome.unreadable().isEmpty()) {
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        return outcome.failure() != null ? OpenApiAuthCommand.FINDINGS : 0;
    }

    private static LintRequest request(Arguments arguments) throws UsageException {
        List<Path> specs = new ArrayList<>();
        for (String spec : arguments.positionals()) {
            specs.add(Path.of(spec));
        }
        try {
            String failOn = arguments.value("--fail-on");
            return new LintRequest(specs, options(arguments), FailurePolicy.of(failOn == null ? "error" : failOn, 0),
                    ReportOptions.of(arguments.values("--format")), arguments.path("--baseline"),
                    arguments.value("--since"), null);
        } catch (InvalidRequestException e) {
            throw new UsageException(e.message(LintCommand::option));
        } catch (IllegalArgumentException e) {
            // A bad option value is a usage error (exit 2), not a failure of the run.
            throw new UsageException(e.getMessage());
        }
    }

    private static String option(RequestParameter parameter) {
        return switch (parameter) {
            case BASELINE -> "--baseline";
            case SINCE -> "--since";
            case FORMAT -> "--format";
        };
    }

    private static LintOptions options(Arguments arguments) throws UsageException {
        List<String> ignored = new ArrayList<>();
        for (String value : arguments.values("--ignore")) {
            ignored.addAll(List.of(value.split(",")));
        }
        Map<String, String> severities = new LinkedHashMap<>();
        for (String value : arguments.values("--severity")) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw new UsageException("--severity takes RULE=LEVEL, not '" + value + "'");
            }
            severities.put(value.substring(0, equals), value.substring(equals + 1));
        }
        return LintOptions.of(ignored, severities, arguments.flag("--accept-ranges"), arguments.flag("--include-webhooks"),
                arguments.values("--allow-remote-ref"), arguments.path("--root")).withOverlays(arguments.paths("--overlay"));
    }
}
