package dev.openapiauth.jobs;

import dev.openapiauth.lint.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * One report of a lint or probe run and where it goes.
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

    /** A request's reports share one console: more than one there would interleave. */
    static void requireOneOnConsole(List<ReportTarget> reports) {
        int toConsole = 0;
        for (ReportTarget report : reports) {
            toConsole += report.file() == null ? 1 : 0;
        }
        if (toConsole > 1) {
            throw new InvalidRequestException("only one %s can go to standard output; write the others to files", RequestParameter.FORMAT);
        }
    }
}
