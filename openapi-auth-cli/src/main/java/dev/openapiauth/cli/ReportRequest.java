package dev.openapiauth.cli;

import dev.openapiauth.lint.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One {@code --format FORMAT[=FILE]}: a report, and the file it goes to (null: standard output or --output). */
record ReportRequest(ReportFormat format, Path file) {

    static List<ReportRequest> parseAll(List<String> values) {
        List<ReportRequest> requests = new ArrayList<>();
        for (String value : values.isEmpty() ? List.of("text") : values) {
            int equals = value.indexOf('=');
            requests.add(equals < 0 ? new ReportRequest(ReportFormat.parse(value), null)
                    : new ReportRequest(ReportFormat.parse(value.substring(0, equals)), Path.of(value.substring(equals + 1))));
        }
        int toStandardOutput = 0;
        for (ReportRequest request : requests) {
            toStandardOutput += request.file() == null ? 1 : 0;
        }
        if (toStandardOutput > 1) {
            throw new IllegalArgumentException("only one --format can go to standard output; write the others to files with FORMAT=FILE");
        }
        return requests;
    }
}
