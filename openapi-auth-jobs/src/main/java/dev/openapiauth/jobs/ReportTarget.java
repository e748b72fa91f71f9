package dev.openapiauth.jobs;

import dev.openapiauth.lint.report.ReportFormat;
import java.nio.file.Path;

/**
 * One report of a lint run and where it goes.
 *
 * @param file null for the console the job is given
 */
public record ReportTarget(ReportFormat format, Path file) {

    public static ReportTarget toConsole(ReportFormat format) {
        return new ReportTarget(format, null);
    }

    public static ReportTarget toFile(ReportFormat format, Path file) {
        return new ReportTarget(format, file);
    }
}
