package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.report.Provenance;
import dev.openapiauth.lint.report.ReportFiles;
import dev.openapiauth.lint.report.ReportFormat;
import dev.openapiauth.lint.report.Reporter;
import dev.openapiauth.probe.CredentialsFile;
import dev.openapiauth.probe.JunitReport;
import dev.openapiauth.probe.ProbeHtmlReport;
import dev.openapiauth.probe.ProbeInputs;
import dev.openapiauth.probe.ProbeCheck;
import dev.openapiauth.probe.ProbeResult;
import dev.openapiauth.probe.Prober;
import dev.openapiauth.probe.ResponseValidator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Reads the description, probes the server, writes the reports, judges the run. */
public final class ProbeJob {
    private final ClassLoader extensions;

    /** A job that finds the response validator where this class was loaded from (the Maven plugin's class path). */
    public ProbeJob() {
        this(ProbeJob.class.getClassLoader());
    }

    /** @param extensions where to look for the {@link ResponseValidator} (the command line's side jar) */
    public ProbeJob(ClassLoader extensions) {
        this.extensions = extensions;
    }

    /**
     * @param error   why the probe could not check everything (an unreachable server, a spent budget), or null;
     *                a run with an error fails as a tool error, whatever it found
     * @param failure why the findings fail the run, or null
     */
    public record Outcome(ProbeResult result, Summary summary, String error, String failure) {
    }

    public Outcome run(ProbeRequest request, Writer console) throws IOException, UnreadableSpecException, CredentialsFile.InvalidException {
        LoadedSpec spec = new SpecLoader(request.load()).load(request.spec());
        SecurityModel model = SecurityModelBuilder.build(spec, ModelOptions.DEFAULT);
        ProbeInputs inputs = request.credentialsFile() == null ? ProbeInputs.NONE
                : CredentialsFile.read(request.credentialsFile(), model, System.getenv());
        Instant startedAt = Instant.now();
        ProbeResult probe = new Prober(request.limits(), inputs, request.allowUnsafe(), request.load().overlays().isEmpty(), validator())
                .probe(spec, model, ServerPaths.rebased(request.baseUrl(),
                ServerPaths.of(request.serverPath(), spec.entry())), request.progress());
        Summary summary = new Summary(1, model.operations().size(), (int) model.securedOperations(), 0, 0, 0)
                .countingOnly(probe.findings());
        LintResult report = new LintResult(probe.findings(), summary, List.of(), List.of(spec.entry().uri()), List.of(), null, List.of(), probe.unchecked());
        Provenance provenance = new Provenance(startedAt, null);
        for (ReportTarget target : request.reports()) {
            Reporter reporter = target.format() == ReportFormat.HTML ? (result, out) -> ProbeHtmlReport.write(probe, provenance, out)
                    : target.format().reporter(provenance, ProbeCheck.descriptors());
            if (target.file() == null) {
                reporter.write(report, console);
                console.flush();
            } else {
                ReportFiles.write(report, reporter, target.file());
            }
        }
        if (request.junitReport() != null) {
            Path folder = request.junitReport().toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (Writer out = Files.newBufferedWriter(request.junitReport(), StandardCharsets.UTF_8)) {
                JunitReport.write(probe, startedAt, out);
            }
        }
        return new Outcome(probe, summary, probe.error(), request.policy().failure(summary));
    }

    /** The first validator found, or null; one that cannot be loaded says why when the probe asks it. */
    private ResponseValidator validator() {
        try {
            Iterator<ResponseValidator> found = ServiceLoader.load(ResponseValidator.class, extensions).iterator();
            return found.hasNext() ? found.next() : null;
        } catch (ServiceConfigurationError e) {
            return file -> {
                throw new IllegalStateException(e.getMessage(), e);
            };
        }
    }
}
