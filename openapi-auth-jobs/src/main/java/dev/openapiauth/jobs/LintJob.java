package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.baseline.BaselineReport;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.report.Provenance;
import dev.openapiauth.lint.report.ReportFiles;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A build tool's lint step: skip when nothing changed, else lint, write every requested report
 * (also when the run fails), remember the run, and judge it. Build plugins map the outcome to their
 * own logging and failures; nothing here knows Maven.
 */
public final class LintJob {
    /** The state file's name in a folder of reports. */
    public static final String STATE_FILE = ".lint-state";

    /**
     * @param upToDate   true when the work was skipped; {@code findings} and {@code summary} are then the last run's
     * @param findings   all findings, or with a baseline the new ones
     * @param fixed      with a baseline, how many of its findings are gone; 0 otherwise
     * @param unreadable entry documents that could not be read at all (a tool error, not findings)
     * @param failure    why the run fails the build, or null
     */
    public record Outcome(boolean upToDate, Summary summary, List<Finding> findings, int fixed, List<LoadProblem> unreadable,
                          List<Path> reports, String failure) {
    }

    /** Runs the request; reports without a file go to {@code console}. */
    public Outcome run(LintRequest request, Writer console) throws IOException, BaselineException {
        UpToDateCheck check = request.stateFile() == null ? null : new UpToDateCheck(request.stateFile());
        String key = check == null ? null : key(request);
        List<Path> reports = new ArrayList<>();
        boolean allWritten = true;
        for (ReportTarget target : request.reports()) {
            if (target.file() != null) {
                reports.add(target.file());
            }
            allWritten &= target.file() != null && Files.isRegularFile(target.file());
        }
        // A comparison depends on a revision or report outside the inputs we track, so it always runs.
        if (check != null && !request.compares() && allWritten) {
            Optional<Map<String, String>> unchanged = check.unchanged(key);
            if (unchanged.isPresent() && SavedFindings.present(unchanged.get())) {
                Summary last = summary(unchanged.get());
                return new Outcome(true, last, SavedFindings.read(unchanged.get()), 0, List.of(), reports, request.policy().failure(last));
            }
        }
        LintResult result = new Linter(request.options()).lint(request.specs());
        if (request.baseline() != null) {
            result = result.comparedWith(BaselineReport.read(request.baseline()));
        } else if (request.sinceRef() != null) {
            result = result.comparedWith(GitRevision.findingsAt(request.sinceRef(), request.specs(), request.options()));
        }
        if (carriesFixes(request)) {
            result = result.withSuggestions(new FixSuggestions(request.options()).of(request.specs(), result.findings()));
        }
        Provenance provenance = provenance(request);
        for (ReportTarget target : request.reports()) {
            if (target.file() == null) {
                target.format().reporter(provenance).write(result, console);
                console.flush();
            } else {
                ReportFiles.write(result, target.format().reporter(provenance), target.file());
            }
        }
        if (check != null && result.unreadable().isEmpty() && !request.compares()) {
            check.record(key, result.sources(), results(result.summary(), result.findings()));
        } else if (check != null) {
            check.forget();
        }
        int fixed = result.comparison() == null ? 0 : result.comparison().fixed().size();
        return new Outcome(false, result.summary(), result.gatingFindings(), fixed, result.unreadable(), reports,
                request.policy().failure(result.gatingSummary()));
    }

    /** Now, and the commit checked out, which only the HTML report shows (finding it starts git). */
    private static Provenance provenance(LintRequest request) {
        boolean html = false;
        for (ReportTarget target : request.reports()) {
            html |= target.format() == ReportFormat.HTML;
        }
        return new Provenance(Instant.now(), html ? GitRevision.headCommit(request.specs().get(0)) : null);
    }

    private static String contentHash(Path file) {
        try {
            return UpToDateCheck.sha256(Files.readString(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static boolean carriesFixes(LintRequest request) {
        for (ReportTarget target : request.reports()) {
            if (target.format().carriesFixes()) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> results(Summary s, List<Finding> findings) {
        Map<String, String> results = new HashMap<>(Map.of("files", String.valueOf(s.files()), "operations", String.valueOf(s.operations()),
                "secured", String.valueOf(s.securedOperations()), "errors", String.valueOf(s.errors()),
                "warnings", String.valueOf(s.warnings()), "infos", String.valueOf(s.infos())));
        SavedFindings.put(findings, results);
        return results;
    }

    private static Summary summary(Map<String, String> results) {
        return new Summary(number(results, "files"), number(results, "operations"), number(results, "secured"),
                number(results, "errors"), number(results, "warnings"), number(results, "infos"));
    }

    private static int number(Map<String, String> results, String name) {
        return Integer.parseInt(results.getOrDefault(name, "0"));
    }

    private static String key(LintRequest request) {
        StringBuilder key = new StringBuilder(ToolVersion.version()).append('\n');
        for (Path spec : request.specs()) {
            key.append(spec.toAbsolutePath().normalize()).append('\n');
        }
        // An overlay is an input the state does not track as a source: its content goes into the key.
        for (Path overlay : request.options().load().overlays()) {
            key.append(overlay).append('=').append(contentHash(overlay)).append('\n');
        }
        key.append(request.options().fingerprint()).append('\n')
                .append(request.policy().threshold()).append(';').append(request.policy().maxAllowedViolations()).append('\n');
        for (ReportTarget target : request.reports()) {
            key.append(target.format().name()).append('=').append(target.file()).append(';');
        }
        return UpToDateCheck.sha256(key.toString());
    }
}
