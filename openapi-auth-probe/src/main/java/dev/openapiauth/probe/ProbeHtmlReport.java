package dev.openapiauth.probe;

import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.report.HtmlStyle;
import dev.openapiauth.lint.report.Provenance;
import dev.openapiauth.lint.report.Xml;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The probe at a glance: one row per operation with what its description documents (the lint's
 * coverage columns) beside one column per check: passed, failed (its finding on hover and below),
 * or not applicable; operations not probed say why.
 */
public final class ProbeHtmlReport {
    private ProbeHtmlReport() {
    }

    public static void write(ProbeResult result, Provenance provenance, Writer out) throws IOException {
        Map<String, ProbeResult.ProbedOperation> probed = new HashMap<>();
        result.operations().forEach(operation -> probed.put(operation.label(), operation));
        Map<String, String> skipped = new HashMap<>();
        for (String line : result.skipped()) {
            int colon = line.indexOf(": ");
            skipped.put(line.substring(0, colon), line.substring(colon + 2));
        }
        ProbeCheck[] checks = ProbeCheck.values();
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>openapi-auth probe</title>\n<style>"
                + HtmlStyle.CSS + ".matrix td{text-align:center}.matrix td:first-child{text-align:left}</style></head>\n<body>\n"
                + "<h1>Probe</h1>\n<p id=\"provenance\">openapi-auth " + Xml.escape(ToolVersion.version()) + ", made "
                + DateTimeFormatter.ISO_INSTANT.format(provenance.madeAt().truncatedTo(ChronoUnit.SECONDS)) + ": "
                + result.operations().size() + " operations probed, " + result.skipped().size() + " not probed, " + result.requests()
                + " requests in " + String.format(Locale.ROOT, "%.1f", result.elapsed().toNanos() / 1e9) + " s, "
                + result.findings().size() + " findings</p>\n");
        if (result.error() != null) {
            out.write("<p class=\"error\" id=\"error\">Incomplete: " + Xml.escape(result.error()) + "</p>\n");
        }
        if (!result.unchecked().isEmpty()) {
            out.write("<ul class=\"warning\" id=\"unchecked\">");
            for (Unchecked check : result.unchecked()) {
                out.write("<li>Not checked: " + Xml.escape(check.toString()) + "</li>");
            }
            out.write("</ul>\n");
        }
        out.write("<table class=\"matrix\" id=\"matrix\"><thead><tr><th>operation</th><th>security</th><th>401</th>"
                + "<th>WWW-Authenticate</th><th>403</th>");
        for (ProbeCheck check : checks) {
            out.write("<th title=\"" + Xml.escape(check.descriptor().title()) + "\">" + check.id().substring("probe-".length()) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (OperationCoverage operation : result.coverage()) {
            String label = operation.label();
            out.write("<tr data-operation=\"" + Xml.escape(label) + "\"><td><code>" + Xml.escape(label) + "</code></td><td>"
                    + Xml.escape(operation.security()) + "</td>" + documented(operation, operation.documents401())
                    + documented(operation, operation.documents401Challenge()) + documented(operation, operation.documents403()));
            ProbeResult.ProbedOperation run = probed.get(label);
            if (run == null) {
                out.write("<td class=\"na\" colspan=\"" + checks.length + "\">not probed: "
                        + Xml.escape(skipped.getOrDefault(label, "the run ended before it")) + "</td>");
            } else {
                for (ProbeCheck check : checks) {
                    out.write(cell(run, check, finding(result.findings(), label, check)));
                }
            }
            out.write("</tr>\n");
        }
        out.write("</tbody></table>\n<h2>Findings</h2>\n<ul id=\"findings\">");
        for (Finding finding : result.findings()) {
            out.write("<li class=\"" + finding.severity().label() + "\">" + finding.severity().label() + " <code>" + finding.rule()
                    + "</code> " + Xml.escape(finding.message()) + " <small>" + Xml.escape(finding.file()) + ":" + finding.line()
                    + "</small></li>");
        }
        out.write("</ul>\n</body></html>\n");
        out.flush();
    }

    private static String documented(OperationCoverage operation, boolean documented) {
        if (!operation.secured()) {
            return "<td class=\"na\">–</td>";
        }
        return documented ? "<td class=\"yes\">yes</td>" : "<td class=\"no\">no</td>";
    }

    private static String cell(ProbeResult.ProbedOperation run, ProbeCheck check, Finding finding) {
        if (finding != null) {
            return "<td class=\"no\" title=\"" + Xml.escape(finding.message()) + "\">fail</td>";
        }
        return run.checks().contains(check) ? "<td class=\"yes\">pass</td>" : "<td class=\"na\">–</td>";
    }

    private static Finding finding(List<Finding> findings, String operation, ProbeCheck check) {
        for (Finding finding : findings) {
            if (finding.rule().equals(check.id()) && finding.operation() != null && finding.operation().label().equals(operation)) {
                return finding;
            }
        }
        return null;
    }
}
