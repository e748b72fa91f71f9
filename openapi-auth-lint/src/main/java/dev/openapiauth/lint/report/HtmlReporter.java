package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A self-contained auth-coverage report (inline CSS and script, no external asset): summary counts,
 * then one row per operation with its effective security, whether it documents 401, the
 * WWW-Authenticate header and 403, and its findings; filterable by tag and by status.
 */
final class HtmlReporter implements Reporter {
    private static final String SCRIPT = """
            function applyFilters(){var t=document.getElementById('tag').value,s=document.getElementById('status').value;
            document.querySelectorAll('#operations tbody tr').forEach(function(r){
            var okTag=!t||r.dataset.tags.split('\\u001f').indexOf(t)>=0,okStatus=!s||r.dataset.status.split(' ').indexOf(s)>=0;
            r.hidden=!(okTag&&okStatus);});}
            """;

    private final Provenance provenance;
    private final SourceLinks links;

    HtmlReporter(Provenance provenance, Map<String, String> environment) {
        this.provenance = provenance;
        this.links = new SourceLinks(environment);
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byOperation = new LinkedHashMap<>();
        result.coverage().forEach(operation -> byOperation.put(operation.key(), new ArrayList<>()));
        List<Finding> elsewhere = new ArrayList<>();
        for (Finding finding : result.findings()) {
            List<Finding> owner = finding.operation() == null ? null : byOperation.get(OperationCoverage.key(finding.operation()));
            (owner == null ? elsewhere : owner).add(finding);
        }
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>openapi-auth coverage</title>\n<style>"
                + HtmlStyle.CSS + "</style></head>\n<body>\n<h1>Auth coverage</h1>\n<p id=\"provenance\">openapi-auth " + Xml.escape(ToolVersion.version())
                + ", made " + DateTimeFormatter.ISO_INSTANT.format(provenance.madeAt().truncatedTo(ChronoUnit.SECONDS))
                + (provenance.commit() == null ? ", not in a git checkout" : " on commit <code>" + Xml.escape(provenance.commit()) + "</code>")
                + "</p>\n");
        writeCounts(result, out);
        writeFilters(result, out);
        out.write("<table id=\"operations\"><thead><tr><th>operation</th><th>tags</th><th>security</th><th>401</th>"
                + "<th>WWW-Authenticate</th><th>403</th><th>findings</th></tr></thead>\n<tbody>\n");
        for (OperationCoverage operation : result.coverage()) {
            writeRow(operation, byOperation.get(operation.key()), out);
        }
        out.write("</tbody></table>\n");
        if (!elsewhere.isEmpty()) {
            out.write("<h2>Outside any operation</h2>\n");
            writeFindings(elsewhere, out);
        }
        out.write("<script>" + SCRIPT + "</script>\n</body></html>\n");
        out.flush();
    }

    private static void writeCounts(LintResult result, Writer out) throws IOException {
        Summary s = result.summary();
        List<OperationCoverage> secured = result.coverage().stream().filter(OperationCoverage::secured).toList();
        out.write("<table class=\"counts\" id=\"summary\"><tbody>\n");
        count(out, "files", s.files());
        count(out, "operations", s.operations());
        count(out, "secured operations", s.securedOperations());
        count(out, "secured with 401", secured.stream().filter(OperationCoverage::documents401).count());
        count(out, "secured with WWW-Authenticate", secured.stream().filter(OperationCoverage::documents401Challenge).count());
        count(out, "secured with 403", secured.stream().filter(OperationCoverage::documents403).count());
        for (Severity severity : Severity.values()) {
            count(out, severity.label() + " findings", s.count(severity));
        }
        out.write("</tbody></table>\n");
    }

    private static void count(Writer out, String label, long value) throws IOException {
        out.write("<tr><th>" + label + "</th><td>" + value + "</td></tr>\n");
    }

    private static void writeFilters(LintResult result, Writer out) throws IOException {
        TreeSet<String> tags = new TreeSet<>();
        result.coverage().forEach(operation -> tags.addAll(operation.tags()));
        out.write("<p><label>tag <select id=\"tag\" onchange=\"applyFilters()\"><option value=\"\">all</option>");
        for (String tag : tags) {
            out.write("<option>" + Xml.escape(tag) + "</option>");
        }
        out.write("</select></label> <label>status <select id=\"status\" onchange=\"applyFilters()\"><option value=\"\">all</option>"
                + "<option value=\"findings\">with findings</option><option value=\"clean\">without findings</option>"
                + "<option value=\"secured\">secured</option><option value=\"public\">public</option></select></label></p>\n");
    }

    private String link(String file, int line) {
        return "<a href=\"" + Xml.escape(links.absolute(file, line)) + "\">" + Xml.escape(file) + ":" + line + "</a>";
    }

    private void writeRow(OperationCoverage operation, List<Finding> findings, Writer out) throws IOException {
        String status = (findings.isEmpty() ? "clean" : "findings") + " " + (operation.secured() ? "secured" : "public");
        out.write("<tr data-tags=\"" + Xml.escape(String.join("\u001f", operation.tags())) + "\" data-status=\"" + status + "\">"
                + "<td><code>" + Xml.escape(operation.label()) + "</code>"
                + (operation.operationId() == null ? "" : "<br>" + Xml.escape(operation.operationId()))
                + "<br><small>" + link(operation.file(), operation.line()) + "</small></td>"
                + "<td>" + Xml.escape(String.join(", ", operation.tags())) + "</td>"
                + "<td>" + Xml.escape(operation.security()) + "</td>"
                + mark(operation, operation.documents401()) + mark(operation, operation.documents401Challenge())
                + mark(operation, operation.documents403()) + "<td>");
        if (!findings.isEmpty()) {
            writeFindings(findings, out);
        }
        out.write("</td></tr>\n");
    }

    private static String mark(OperationCoverage operation, boolean documented) {
        if (!operation.secured()) {
            return "<td class=\"na\">–</td>";
        }
        return documented ? "<td class=\"yes\">yes</td>" : "<td class=\"no\">no</td>";
    }

    private void writeFindings(List<Finding> findings, Writer out) throws IOException {
        out.write("<ul>");
        for (Finding f : findings) {
            out.write("<li class=\"" + f.severity().label() + "\">" + f.severity().label() + " <code>" + Xml.escape(f.rule())
                    + "</code> " + Xml.escape(f.message()) + " <small>" + link(f.file(), f.line()) + "</small></li>");
        }
        out.write("</ul>");
    }
}
