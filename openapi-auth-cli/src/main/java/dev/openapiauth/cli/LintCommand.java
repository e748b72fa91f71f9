package dev.openapiauth.cli;

import dev.openapiauth.lint.FailurePolicy;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.baseline.BaselineReport;
import dev.openapiauth.lint.baseline.GitRevision;
import dev.openapiauth.lint.load.LoadProblem;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code openapi-auth lint}: parses options into {@link LintOptions}, runs the engine, reports, sets the exit code. */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lints OpenAPI descriptions (Swagger 2.0, OpenAPI 3.0, 3.1; YAML or JSON).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, or a document that cannot be read at all"})
final class LintCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "Entry documents to lint.")
    private List<Path> specs;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "Report format: text (default), json, sarif, github, checkstyle, markdown or html. Repeatable; "
                    + "FORMAT=FILE writes that report to FILE, one format may go to standard output (or --output).")
    private List<String> formats = List.of();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report without =FILE to FILE instead of standard output.")
    private Path output;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "An earlier JSON or SARIF report of openapi-auth: report and fail on new findings only, list the fixed ones.")
    private Path baselineReport;

    @Option(names = "--since", paramLabel = "GIT-REV",
            description = "Compare with the same files at this git revision (read with git show): new findings only, and the fixed ones.")
    private String sinceRevision;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Do not report RULE (repeatable, or comma-separated).")
    private List<String> ignored = List.of();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report RULE at LEVEL (error, warning, info, or off to ignore it); repeatable.")
    private Map<String, String> severities = Map.of();

    @Option(names = "--accept-ranges", description = "Let 4XX and default responses satisfy the 401/403 rules.")
    private boolean acceptRanges;

    @Option(names = "--include-webhooks", description = "Also lint operations of webhooks and callbacks.")
    private boolean includeWebhooks;

    @Option(names = "--allow-remote-ref", paramLabel = "HOST",
            description = "Fetch http/https $refs to HOST (repeatable). No remote $ref is followed otherwise.")
    private List<String> allowedHosts = List.of();

    @Option(names = "--root", paramLabel = "DIR",
            description = "Folder that file $refs may not leave (default: the folder of each entry document).")
    private Path root;

    @Override
    public Integer call() throws IOException {
        List<ReportRequest> reports = parse(() -> ReportRequest.parseAll(formats));
        LintOptions options = parse(this::options);
        FailurePolicy policy = parse(() -> FailurePolicy.of(failOn, 0));
        if (baselineReport != null && sinceRevision != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline and --since exclude each other");
        }
        PrintWriter err = spec.commandLine().getErr();
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
        for (ReportRequest report : reports) {
            write(result, report);
        }
        boolean reportShownOnTerminal = reports.stream().anyMatch(r -> r.file() == null && output == null && r.format() == ReportFormat.TEXT);
        if (!reportShownOnTerminal) {
            for (LoadProblem problem : result.unreadable()) {
                err.println("openapi-auth: cannot read " + problem);
            }
        }
        if (!result.unreadable().isEmpty()) {
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        return policy.failure(result.gatingSummary()) != null ? OpenApiAuthCommand.FINDINGS : 0;
    }

    private LintOptions options() {
        return LintOptions.of(ignored, severities, acceptRanges, includeWebhooks, allowedHosts, root);
    }

    private void write(LintResult result, ReportRequest report) throws IOException {
        Path file = report.file() != null ? report.file() : output;
        if (file == null) {
            report.format().reporter().write(result, spec.commandLine().getOut());
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

    /** Turns a bad option value into a usage error (exit 2) rather than a failure of the run. */
    private <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
