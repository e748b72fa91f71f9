package dev.openapiauth.maven;

import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.InvalidRequestException;
import dev.openapiauth.jobs.LintJob;
import dev.openapiauth.jobs.LintRequest;
import dev.openapiauth.jobs.ReportTarget;
import dev.openapiauth.jobs.RequestParameter;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.report.ReportFiles;
import dev.openapiauth.lint.report.ReportFormat;
import dev.openapiauth.lint.report.TextLines;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that every secured operation of the project's OpenAPI descriptions documents its 401 (with
 * {@code WWW-Authenticate}) and 403 responses. Parameters in, {@link LintJob} does the work, Maven
 * logging and exceptions out.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class LintMojo extends DescriptionsMojo {

    /** Skips this goal only. */
    @Parameter(property = "openapiAuth.lint.skip", defaultValue = "false")
    private boolean skipLint;

    /** Least severity that fails the build: error, warning, info or never. */
    @Parameter(property = "openapiAuth.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * As in maven-checkstyle-plugin: false reports and logs the findings but never fails the build
     * (the same as failOnSeverity {@code never}).
     */
    @Parameter(property = "openapiAuth.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** How many findings at or above failOnSeverity the build tolerates. */
    @Parameter(property = "openapiAuth.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Rule ids not to report (comma-separated, or one per element). */
    @Parameter(property = "openapiAuth.ignoredRules")
    private List<String> ignoredRules = new ArrayList<>();

    /** Rule id to severity (error, warning, info, off). */
    @Parameter
    private Map<String, String> ruleSeverities = Map.of();

    /** Let 4XX and default responses satisfy the 401/403 rules. */
    @Parameter(property = "openapiAuth.acceptRangeResponses", defaultValue = "false")
    private boolean acceptRangeResponses;

    /** Where the reports (and the up-to-date state) are written. */
    @Parameter(property = "openapiAuth.outputDirectory", defaultValue = "${project.build.directory}/openapi-auth")
    private File outputDirectory;

    /**
     * An earlier JSON or SARIF report of openapi-auth: only findings not in it fail the build and are
     * logged; the reports mark each finding new, unchanged or updated and list the fixed ones.
     */
    @Parameter(property = "openapiAuth.baseline")
    private File baseline;

    /**
     * A git revision (e.g. {@code origin/main}): compare with the same specs as they were there, read
     * with {@code git show}; same meaning as {@code baseline}.
     */
    @Parameter(property = "openapiAuth.sinceRef")
    private String sinceRef;

    /** Report formats to write: text, json, sarif, github, checkstyle, markdown, html, rdjson (comma-separated). */
    @Parameter(property = "openapiAuth.formats", defaultValue = "sarif,json")
    private List<String> formats = new ArrayList<>();

    /** Log every finding (one line each, linking file:line:column). */
    @Parameter(property = "openapiAuth.console", defaultValue = "true")
    private boolean consoleOutput;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipLint) {
            getLog().info("openapi-auth: lint skipped");
            return;
        }
        long start = System.nanoTime();
        LintRequest request = request();
        LintJob.Outcome outcome;
        try {
            // Every report of the goal goes to a file; nothing is written to this console.
            outcome = new LintJob().run(request, Writer.nullWriter());
        } catch (IOException e) {
            throw new MojoExecutionException("openapi-auth: cannot write reports to " + outputDirectory() + ": " + e.getMessage(), e);
        } catch (BaselineException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        }
        report(outcome, (System.nanoTime() - start) / 1_000_000);
        if (!outcome.unreadable().isEmpty()) {
            throw new MojoExecutionException("openapi-auth: cannot read " + outcome.unreadable().get(0));
        }
        if (outcome.failure() != null) {
            throw new MojoFailureException(outcome.failure() + "; reports: " + outputDirectory());
        }
    }

    private LintRequest request() throws MojoExecutionException {
        try {
            LintOptions options = LintOptions.of(ignoredRules, ruleSeverities, acceptRangeResponses, includeWebhooks,
                    allowedRemoteRefHosts, null).withOverlays(overlays());
            Set<ReportFormat> reportFormats = new LinkedHashSet<>();
            for (String format : LintOptions.splitCommas(formats)) {
                reportFormats.add(ReportFormat.parse(format));
            }
            List<ReportTarget> reports = new ArrayList<>();
            for (ReportFormat format : reportFormats) {
                reports.add(ReportTarget.toFile(format, ReportFiles.path(outputDirectory(), format)));
            }
            return new LintRequest(specs("lint"), options, FailurePolicy.of(failOnViolation ? failOnSeverity : "never", maxAllowedViolations), reports,
                    baseline == null ? null : absolute(baseline), sinceRevision(), outputDirectory().resolve(LintJob.STATE_FILE));
        } catch (InvalidRequestException e) {
            throw new MojoExecutionException("openapi-auth: " + e.message(LintMojo::parameter), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        }
    }

    private static String parameter(RequestParameter parameter) {
        return switch (parameter) {
            case BASELINE -> "baseline";
            case SINCE -> "sinceRef";
            case FORMAT -> "formats";
        };
    }

    /** An empty {@code -DopenapiAuth.sinceRef=} (a workflow outside pull requests) means no comparison. */
    private String sinceRevision() {
        return sinceRef == null || sinceRef.isBlank() ? null : sinceRef.trim();
    }

    private Path outputDirectory() {
        // Without a project, Maven's stub POM leaves ${project.basedir} unresolved in project.build.directory.
        if (outputDirectory.getPath().contains("${")) {
            return basedir.toPath().resolve("target").resolve("openapi-auth");
        }
        return outputDirectory.toPath();
    }

    private void report(LintJob.Outcome outcome, long millis) {
        Log log = getLog();
        if (consoleOutput) {
            for (Finding finding : outcome.findings()) {
                String line = TextLines.finding(finding, false);
                switch (finding.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        if (outcome.upToDate()) {
            log.info("openapi-auth: lint is up to date, nothing changed since the last run (" + TextLines.summary(outcome.summary())
                    + "; checked in " + millis + " ms)");
            return;
        }
        String compared = baseline == null && sinceRevision() == null ? ""
                : "; new: " + outcome.findings().size() + ", fixed: " + outcome.fixed();
        log.info("openapi-auth: " + TextLines.summary(outcome.summary()) + compared + "; reports: "
                + String.join(", ", outcome.reports().stream().map(Path::toString).toList()));
    }
}
