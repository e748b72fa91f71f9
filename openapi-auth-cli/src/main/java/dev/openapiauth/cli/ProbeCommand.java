package dev.openapiauth.cli;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.InvalidRequestException;
import dev.openapiauth.jobs.ProbeJob;
import dev.openapiauth.jobs.ProbeRequest;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.probe.CredentialsFile;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeProgress;
import dev.openapiauth.probe.ProbeResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** {@code openapi-auth probe}: options into a {@link ProbeRequest}, {@link ProbeJob} probes the server, its outcome into an exit code. */
final class ProbeCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("probe",
            "Checks a running server against its description: every secured operation without credentials (also as an XHR "
                    + "call and as a browser), with invalid credentials, and on path variants. Requests go to the base URL only.",
            List.of(
                    OptionSpec.value("--base-url", "URL", "Where the description's paths are served, e.g. http://127.0.0.1:8080 "
                            + "(required). No other host or port is contacted; redirects are reported, not followed."),
                    OptionSpec.value("--server-path", "PATH", "A path between the base URL and the operations' paths (/v2), or "
                            + "auto for the path of the description's first server (Swagger 2.0: basePath)."),
                    OptionSpec.repeatable("--format", "FORMAT[=FILE]", "Report format: text (default), json, sarif, github, "
                            + "checkstyle, markdown, rdjson or html (the operation x check matrix). Repeatable; FORMAT=FILE writes "
                            + "that report to FILE."),
                    OptionSpec.value("--junit", "FILE", "Also write JUnit XML to FILE: one test case per operation and check."),
                    OptionSpec.value("--fail-on", "LEVEL", "Exit with 1 when a finding is at least this severe: error, "
                            + "warning, info or never (default: error)."),
                    OptionSpec.value("--credentials", "FILE", "Valid credentials per scheme with the scopes or roles they grant "
                            + "(YAML or JSON; values may be ${ENV_VARIABLES}; never shown). Without it, every check that needs none runs."),
                    OptionSpec.flag("--allow-unsafe", "Also send POST, PUT, PATCH and DELETE with valid credentials. Against a server "
                            + "that does not enforce its rules they change data; by default they go out only without valid credentials."),
                    OptionSpec.value("--max-requests", "N", "Request budget; a run that spends it stops with exit 2 (default: 10000)."),
                    OptionSpec.value("--timeout", "SECONDS", "Time each answer may take (default: 10)."),
                    OptionSpec.value("--rate", "N", "At most N requests a second; 0 for as fast as the server answers (default: 100)."),
                    OptionSpec.value("--concurrency", "N", "Operations probed at once, 1 to 64 (default: 4)."),
                    OptionSpec.overlay(),
                    OptionSpec.repeatable("--allow-remote-ref", "HOST", "Fetch http/https $refs to HOST (repeatable)."),
                    OptionSpec.value("--root", "DIR", "Folder that file $refs may not leave (default: the entry's folder).")),
            "SPEC", 1, 1,
            List.of("0  no finding at or above --fail-on", "1  findings at or above --fail-on",
                    "2  usage error, a description that cannot be read, or a probe that could not check everything "
                            + "(server not reachable, budget spent)"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException {
        ProbeRequest request = request(arguments, System.console() != null ? new TerminalProgress(err) : ProbeProgress.NONE);
        ProbeJob.Outcome outcome;
        try {
            outcome = new ProbeJob(ValidatorJar.loader()).run(request, out);
        } catch (UnreadableSpecException e) {
            err.println("openapi-auth: cannot read " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        } catch (CredentialsFile.InvalidException e) {
            err.println("openapi-auth: " + e.getMessage());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        ProbeResult result = outcome.result();
        err.println(String.format(Locale.ROOT, "openapi-auth: probed %d operations (%d not probed) with %d requests in %.1f s (%.0f requests/s)",
                result.operations().size(), result.skipped().size(), result.requests(), result.elapsed().toNanos() / 1e9,
                result.throughput()));
        for (Unchecked unchecked : result.unchecked()) {
            err.println("openapi-auth: not checked: " + unchecked);
        }
        if (outcome.error() != null) {
            err.println("openapi-auth: " + outcome.error());
            return OpenApiAuthCommand.TOOL_ERROR;
        }
        return outcome.failure() != null ? OpenApiAuthCommand.FINDINGS : 0;
    }

    /** One line on the terminal, rewritten as operations are done, and left in place at the end. */
    private static final class TerminalProgress implements ProbeProgress {
        private final PrintWriter err;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void operationDone(int done, int total, int requests) {
            err.print("\ropenapi-auth: probing " + done + " of " + total + " operations, " + requests + " requests sent"
                    + (done == total ? "\n" : ""));
            err.flush();
        }
    }

    private static ProbeRequest request(Arguments arguments, ProbeProgress progress) throws UsageException {
        String baseUrl = arguments.value("--base-url");
        if (baseUrl == null) {
            throw new UsageException("--base-url is required: where the server under test answers, e.g. http://127.0.0.1:8080");
        }
        try {
            String failOn = arguments.value("--fail-on");
            ProbeLimits limits = new ProbeLimits(number(arguments, "--max-requests", ProbeLimits.DEFAULT.maxRequests()),
                    Duration.ofMillis((long) (decimal(arguments, "--timeout", ProbeLimits.DEFAULT.timeout().toMillis() / 1000.0) * 1000)),
                    decimal(arguments, "--rate", ProbeLimits.DEFAULT.requestsPerSecond()),
                    number(arguments, "--concurrency", ProbeLimits.DEFAULT.concurrency()));
            LoadOptions load = LoadOptions.DEFAULT
                    .withAllowedRemoteHosts(Set.copyOf(LintOptions.splitCommas(arguments.values("--allow-remote-ref"))))
                    .withRootDirectory(arguments.path("--root")).withOverlays(arguments.paths("--overlay"));
            return new ProbeRequest(Path.of(arguments.positionals().get(0)), new URI(baseUrl), limits, load,
                    FailurePolicy.of(failOn == null ? "error" : failOn, 0), ReportOptions.of(arguments.values("--format")),
                    arguments.path("--credentials"), arguments.flag("--allow-unsafe"), arguments.path("--junit"), progress, arguments.value("--server-path"));
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url is not a URL: " + e.getMessage());
        } catch (InvalidRequestException e) {
            throw new UsageException(e.message(parameter -> "--" + parameter.name().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(Arguments arguments, String option, int otherwise) throws UsageException {
        return parsed(arguments, option, otherwise, Integer::parseInt, "a whole number");
    }

    private static double decimal(Arguments arguments, String option, double otherwise) throws UsageException {
        return parsed(arguments, option, otherwise, Double::parseDouble, "a number");
    }

    private static <T> T parsed(Arguments arguments, String option, T otherwise, Function<String, T> parse, String what)
            throws UsageException {
        String value = arguments.value(option);
        try {
            return value == null ? otherwise : parse.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes " + what + ", not '" + value + "'");
        }
    }
}
