package dev.openapiauth.cli;

import dev.openapiauth.jobs.ReportTarget;
import dev.openapiauth.lint.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --format FORMAT[=FILE]}, as lint and probe take it: each to its file, or to the console. */
final class ReportOptions {
    private ReportOptions() {
    }

    static List<ReportTarget> of(List<String> formats) {
        List<ReportTarget> reports = new ArrayList<>();
        for (String value : formats.isEmpty() ? List.of("text") : formats) {
            int equals = value.indexOf('=');
            ReportFormat format = ReportFormat.parse(equals < 0 ? value : value.substring(0, equals));
            reports.add(equals < 0 ? ReportTarget.toConsole(format) : ReportTarget.toFile(format, Path.of(value.substring(equals + 1))));
        }
        return reports;
    }
}
