package dev.openapiauth.maven;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.InvalidRequestException;
import dev.openapiauth.jobs.ProbeJob;
import dev.openapiauth.jobs.ProbeRequest;
import dev.openapiauth.jobs.ReportTarget;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.report.ReportFormat;
import dev.openapiauth.lint.report.TextLines;
import dev.openapiauth.probe.CredentialsFile;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeProgress;
import dev.openapiauth.probe.ProbeResult;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the running server at {@code baseUrl} against the project's description: started by
 * {@code spring-boot:start} (or any plugin) before {@code integration-test}, stopped after it.
 * Parameters in, {@link ProbeJob} does the work, Maven logging and exceptions out.
 */
@Mojo(name = "probe", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true, requiresProject = false)
public class ProbeMojo extends DescriptionsMojo {
    private static final String REPORT_NAME = "openapi-auth-probe";

    /** Where the description's paths are served, e.g. {@code http://127.0.0.1:8080}; nothing else is contacted. */
    @Parameter(property = "openapiAuth.baseUrl")
    private String baseUrl;

    /** A path between baseUrl and the operations' paths ({@code /v2}), or {@code auto} for the description's first server's path. */
    @Parameter(property = "openapiAuth.serverPath")
    private String serverPath;

    /** Skips this goal only. */
    @Parameter(property = "openapiAuth.probe.skip", defaultValue = "false")
    private boolean skipProbe;

    /** Least severity that fails the build: error, warning, info or never. */
    @Parameter(property = "openapiAuth.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** Report formats to write: text, json, sarif, github, checkstyle, markdown, rdjson, html (comma-separated). */
    @Parameter(property = "openapiAuth.probe.formats", defaultValue = "sarif,json")
    private List<String> formats = new ArrayList<>();

    /** Where the reports go ({@code openapi-auth-probe.sarif}, …, and JUnit XML as {@code TEST-openapi-auth-probe.xml}). */
    @Parameter(property = "openapiAuth.outputDirectory", defaultValue = "${project.build.directory}/openapi-auth")
    private File outputDirectory;

    /** Valid credentials per scheme with the scopes or roles they grant (values may be ${ENV_VARIABLES}). */
    @Parameter(property = "openapiAuth.credentialsFile")
    private File credentialsFile;

    /** Also send POST, PUT, PATCH and DELETE with valid credentials (they may change data). */
    @Parameter(property = "openapiAuth.allowUnsafe", defaultValue = "false")
    private boolean allowUnsafe;

    /** Request budget; a run that spends it fails the build as incomplete. */
    @Parameter(property = "openapiAuth.maxRequests", defaultValue = "10000")
    private int maxRequests;

    /** Seconds each answer may take. */
    @Parameter(property = "openapiAuth.timeout", defaultValue = "10")
    private int timeoutSeconds;

    /** At most this many requests a second; 0 for as fast as the server answers. */
    @Parameter(property = "openapiAuth.rate", defaultValue = "100")
    private double rate;

    /** Operations probed at once, 1 to 64. */
    @Parameter(property = "openapiAuth.concurrency", defaultValue = "4")
    private int concurrency;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipProbe) {
            getLog().info("openapi-auth: probe skipped");
            return;
        }
        ProbeRequest request = request();
        ProbeJob.Outcome outcome;
        try {
            outcome = new ProbeJob().run(request, Writer.nullWriter());
        } catch (IOException e) {
            throw new MojoExecutionException("openapi-auth: cannot write reports to " + outputDirectory() + ": " + e.getMessage(), e);
        } catch (UnreadableSpecException e) {
            throw new MojoExecutionException("openapi-auth: cannot read " + e.getMessage(), e);
        } catch (CredentialsFile.InvalidException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        }
        report(outcome);
        if (outcome.error() != null) {
            throw new MojoExecutionException("openapi-auth: " + outcome.error());
        }
        if (outcome.failure() != null) {
            throw new MojoFailureException(outcome.failure() + "; reports: " + outputDirectory());
        }
    }

    private ProbeRequest request() throws MojoExecutionException {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new MojoExecutionException("openapi-auth: probe needs <baseUrl> (or -DopenapiAuth.baseUrl=URL): where the server "
                    + "under test answers, e.g. http://127.0.0.1:8080");
        }
        List<Path> specs = specs("probe");
        if (specs.size() != 1) {
            throw new MojoExecutionException("openapi-auth: probe checks one description against one server; " + specs.size()
                    + " were found: set <inputSpec>");
        }
        try {
            Set<ReportFormat> reportFormats = new LinkedHashSet<>();
            for (String format : LintOptions.splitCommas(formats)) {
                reportFormats.add(ReportFormat.parse(format));
            }
            List<ReportTarget> reports = new ArrayList<>();
            for (ReportFormat format : reportFormats) {
                reports.add(ReportTarget.toFile(format, outputDirectory().resolve(REPORT_NAME + "." + format.extension())));
            }
            LoadOptions load = LoadOptions.DEFAULT.withAllowedRemoteHosts(Set.copyOf(LintOptions.splitCommas(allowedRemoteRefHosts)))
                    .withOverlays(overlays());
            return new ProbeRequest(specs.get(0), new URI(baseUrl.trim()), new ProbeLimits(maxRequests, Duration.ofSeconds(timeoutSeconds), rate, concurrency),
                    load, FailurePolicy.of(failOnSeverity, 0), reports, credentialsFile == null ? null : absolute(credentialsFile),
                    allowUnsafe, outputDirectory().resolve("TEST-" + REPORT_NAME + ".xml"), ProbeProgress.NONE, serverPath);
        } catch (URISyntaxException e) {
            throw new MojoExecutionException("openapi-auth: baseUrl is not a URL: " + e.getMessage(), e);
        } catch (InvalidRequestException e) {
            throw new MojoExecutionException("openapi-auth: " + e.message(parameter -> parameter.name().toLowerCase(Locale.ROOT) + "s"), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        }
    }

    private Path outputDirectory() {
        if (outputDirectory.getPath().contains("${")) {
            return basedir.toPath().resolve("target").resolve("openapi-auth");
        }
        return outputDirectory.toPath();
    }

    private void report(ProbeJob.Outcome outcome) {
        Log log = getLog();
        for (Finding finding : outcome.result().findings()) {
            String line = TextLines.finding(finding, false);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        ProbeResult result = outcome.result();
        for (Unchecked unchecked : result.unchecked()) {
            log.warn("openapi-auth: not checked: " + unchecked);
        }
        log.info(String.format(Locale.ROOT, "openapi-auth: probed %d operations (%d not probed) with %d requests in %.1f s "
                        + "(%.0f requests/s): %s; reports: %s", result.operations().size(), result.skipped().size(), result.requests(),
                result.elapsed().toNanos() / 1e9, result.throughput(), TextLines.summary(outcome.summary()), outputDirectory()));
    }
}
