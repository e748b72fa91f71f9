package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checkstyle XML, the format reviewdog ({@code -f=checkstyle}) and many CI dashboards read: one
 * {@code <file>} per file, one {@code <error>} per finding (with a baseline, per new finding).
 */
final class CheckstyleReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = result.gatingFindings().stream()
                .collect(Collectors.groupingBy(Finding::file, LinkedHashMap::new, Collectors.toList()));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            out.write("  <file name=\"" + Xml.escape(file.getKey()) + "\">\n");
            for (Finding f : file.getValue()) {
                out.write("    <error line=\"" + f.line() + "\" column=\"" + f.column() + "\" severity=\"" + f.severity().label()
                        + "\" message=\"" + Xml.escape(f.message() + (f.operation() == null ? "" : " [" + f.operation().label() + "]"))
                        + "\" source=\"openapi-auth." + Xml.escape(f.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
        out.flush();
    }
}
