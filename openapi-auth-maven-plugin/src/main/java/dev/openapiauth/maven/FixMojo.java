package dev.openapiauth.maven;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.jobs.FixJob;
import dev.openapiauth.jobs.FixRequest;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.report.TextLines;
import java.io.IOException;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds what the lint's 401/403 rules ask for to the project's own descriptions, in place, reusing their
 * own responses and schemas; every other byte stays as it was. Run on demand ({@code mvn openapi-auth:fix});
 * it is bound to no phase. Parameters in, {@link FixJob} does the work, Maven logging and exceptions out.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends DescriptionsMojo {

    /** Log the unified diff of each fix and change no file. */
    @Parameter(property = "openapiAuth.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Realm of the challenges; the description's info.title when not set. */
    @Parameter(property = "openapiAuth.realm")
    private String realm;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("openapi-auth: fix skipped");
            return;
        }
        if (!overlays().isEmpty()) {
            throw new MojoExecutionException("openapi-auth: fix edits the description's own files, which hold nothing an overlay "
                    + "adds; configure the overlays for lint, generate and probe only");
        }
        LoadOptions load = LoadOptions.DEFAULT.withAllowedRemoteHosts(Set.copyOf(LintOptions.splitCommas(allowedRemoteRefHosts)));
        FixJob.Outcome outcome;
        try {
            outcome = new FixJob().run(new FixRequest(specs("fix"), realm, includeWebhooks, load, dryRun));
        } catch (IOException e) {
            throw new MojoExecutionException("openapi-auth: cannot write a fixed description: " + e.getMessage(), e);
        }
        Log log = getLog();
        String firstError = null;
        for (FixJob.SpecOutcome spec : outcome.specs()) {
            if (spec.error() != null) {
                log.error("openapi-auth: " + spec.error());
                firstError = firstError == null ? spec.error() : firstError;
                continue;
            }
            for (LoadProblem problem : spec.problems()) {
                log.warn("openapi-auth: " + problem + " (not fixed)");
            }
            for (FixJob.ChangedFile file : spec.changed()) {
                if (dryRun) {
                    file.diff().forEach(log::info);
                }
                log.info("openapi-auth: " + (dryRun ? "would fix " : "fixed ") + file.file() + ": "
                        + TextLines.plural(file.linesAdded(), "line") + " added"
                        + (file.linesChanged() > 0 ? ", " + TextLines.plural(file.linesChanged(), "line") + " grown" : ""));
            }
            if (spec.changed().isEmpty()) {
                log.info("openapi-auth: " + spec.spec() + ": nothing to fix");
            }
            spec.notes().forEach(note -> log.info("openapi-auth:   " + note));
        }
        if (firstError != null) {
            throw new MojoExecutionException("openapi-auth: " + firstError);
        }
    }
}
