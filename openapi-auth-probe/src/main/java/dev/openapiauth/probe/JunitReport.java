package dev.openapiauth.probe;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.report.Xml;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * JUnit XML, as CI test tabs read it (surefire's schema): one test case per operation and check,
 * failed by its finding; an operation not probed is a skipped case, and so is a check that could not
 * judge (no validator); a run that could not check everything has an error case, so that a test tab
 * never shows it green.
 */
public final class JunitReport {
    private static final String SUITE = "openapi-auth probe";

    private JunitReport() {
    }

    public static void write(ProbeResult result, Instant startedAt, Writer out) throws IOException {
        int skipped = result.skipped().size() + result.unchecked().size();
        int cases = skipped + (result.error() == null ? 0 : 1);
        for (ProbeResult.ProbedOperation operation : result.operations()) {
            cases += operation.checks().size();
        }
        int failures = 0;
        for (ProbeResult.ProbedOperation operation : result.operations()) {
            for (ProbeCheck check : operation.checks()) {
                failures += finding(result, operation.label(), check) == null ? 0 : 1;
            }
        }
        String time = String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuite name=\"" + SUITE + "\" tests=\"" + cases + "\" failures=\"" + failures + "\" errors=\""
                + (result.error() == null ? 0 : 1) + "\" skipped=\"" + skipped + "\" time=\"" + time
                + "\" timestamp=\"" + DateTimeFormatter.ISO_INSTANT.format(startedAt.truncatedTo(ChronoUnit.SECONDS)) + "\">\n");
        for (ProbeResult.ProbedOperation operation : result.operations()) {
            for (ProbeCheck check : operation.checks()) {
                Finding finding = finding(result, operation.label(), check);
                out.write("  <testcase classname=\"" + Xml.escape(operation.label()) + "\" name=\"" + check.id() + "\"");
                if (finding == null) {
                    out.write("/>\n");
                } else {
                    out.write(">\n    <failure type=\"" + finding.severity().label() + "\" message=\"" + Xml.escape(finding.message())
                            + "\">" + Xml.escape(finding.file() + ":" + finding.line() + ": " + finding.message()) + "</failure>\n  </testcase>\n");
                }
            }
        }
        for (String operation : result.skipped()) {
            int colon = operation.indexOf(": ");
            skippedCase(operation.substring(0, colon), "probe", operation.substring(colon + 2), out);
        }
        for (Unchecked check : result.unchecked()) {
            skippedCase(SUITE, check.check(), check.why(), out);
        }
        if (result.error() != null) {
            out.write("  <testcase classname=\"" + SUITE + "\" name=\"complete run\">\n    <error message=\"" + Xml.escape(result.error())
                    + "\"/>\n  </testcase>\n");
        }
        out.write("</testsuite>\n");
        out.flush();
    }

    private static void skippedCase(String classname, String name, String why, Writer out) throws IOException {
        out.write("  <testcase classname=\"" + Xml.escape(classname) + "\" name=\"" + Xml.escape(name) + "\">\n"
                + "    <skipped message=\"" + Xml.escape(why) + "\"/>\n  </testcase>\n");
    }

    private static Finding finding(ProbeResult result, String operation, ProbeCheck check) {
        for (Finding finding : result.findings()) {
            if (finding.rule().equals(check.id()) && finding.operation() != null && finding.operation().label().equals(operation)) {
                return finding;
            }
        }
        return null;
    }
}
