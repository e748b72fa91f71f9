package dev.openapiauth.cli;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.GitRevision;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.baseline.BaselineReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code openapi-auth lint}: parses options into {@link LintOptions}, runs the engine, reports, sets the exit code. */
final class LintCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("lint", "Lints OpenAPI descriptions (Swagger 2.0, OpenAPI 3.0, 3.1; YAML or JSON).",
            List.of(
                    OptionSpec.repeatable("--format", "FORMAT[=FILE]", "Report format: text (default), json, sarif, github, "
                            + "checkstyle, markdown or html. Repeatable; FORMAT=FILE writes that report to FILE, one format "
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
        List<ReportRequest> reports;
        LintOptions options;
        FailurePolicy policy;
        try {
            reports = ReportRequest.parseAll(arguments.values("--format"));
            options = options(arguments);
            String failOn = arguments.value("--fail-on");
            policy = FailurePolicy.of(failOn == null ? "error" : failOn, 0);
        } catch (IllegalArgumentException e) {
            // A bad option value is a usage error (exit 2), not a failure of the run.
            throw new UsageException(e.getMessage());
        }
        Path baselineReport = arguments.path("--baseline");
        String sinceRevision = arguments.value("--since");
        if (baselineReport != null && sinceRevision != null) {
            throw new UsageException("--baseline and --since exclude each other");
        }
        List<Path> specs = new ArrayList<>();
        for (String spec : arguments.positionals()) {
            specs.add(Path.of(spec));
        }
        LintResult result = new Linter(options).lint(specs);
        try {
            if (baselineReport != null) {
                result = result.comparedWith(BaselineReport.read(baselineReport));
            } else if (sinceRevision != null) {
                result = result.comparedWith(GitRevision.findingsAt(sinceRevision, specs, options));
            }
        } catch (BaselineException e) {
            err.println("openapi-auth: " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        Path output = arguments.path("--output");
        for (ReportRequest report : reports) {
            write(result, report, output, out);
        }
        // Always, whatever the reports hold: --ignore or --severity may have taken its finding out of them.
        for (LoadProblem problem : result.unreadable()) {
            err.println("openapi-auth: cannot read " + problem);
        }
        if (!result.unreadable().isEmpty()) {
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        return policy.failure(result.gatingSummary()) != null ? OpenApiAuthCommand.FINDINGS : 0;
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
                arguments.values("--allow-remote-ref"), arguments.path("--root"));
    }

    private static void write(LintResult result, ReportRequest report, Path output, PrintWriter out) throws IOException {
        Path file = report.file() != null ? report.file() : output;
        if (file == null) {
            report.format().reporter().write(result, out);
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            report.format().reporter().write(result, writer);
        }
    }
}
