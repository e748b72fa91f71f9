package dev.openapiauth.jobs;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import dev.openapiauth.lint.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of a run kept with its up-to-date state, so that a skipped run still shows every
 * finding it fails on. One entry per field ({@code finding.3.message}), so that no text of a
 * description needs a separator of its own.
 */
final class SavedFindings {
    private static final String PREFIX = "finding.";

    private SavedFindings() {
    }

    static void put(List<Finding> findings, Map<String, String> results) {
        results.put(PREFIX + "count", String.valueOf(findings.size()));
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String at = PREFIX + i + ".";
            results.put(at + "rule", f.rule());
            results.put(at + "severity", f.severity().label());
            results.put(at + "message", f.message());
            results.put(at + "file", f.file());
            results.put(at + "line", String.valueOf(f.line()));
            results.put(at + "column", String.valueOf(f.column()));
            results.put(at + "pointer", f.pointer());
            OperationRef operation = f.operation();
            if (operation != null) {
                results.put(at + "operation.method", operation.method());
                results.put(at + "operation.path", operation.path());
                if (operation.operationId() != null) {
                    results.put(at + "operation.operationId", operation.operationId());
                }
                results.put(at + "operation.file", operation.file());
                results.put(at + "operation.line", String.valueOf(operation.line()));
                results.put(at + "operation.column", String.valueOf(operation.column()));
                results.put(at + "operation.pointer", operation.pointer());
            }
        }
    }

    /** Whether the results hold findings: a state written before they were kept does not, and cannot stand for a run. */
    static boolean present(Map<String, String> results) {
        return results.containsKey(PREFIX + "count");
    }

    static List<Finding> read(Map<String, String> results) {
        int count = Integer.parseInt(results.get(PREFIX + "count"));
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String at = PREFIX + i + ".";
            OperationRef operation = results.containsKey(at + "operation.method")
                    ? new OperationRef(results.get(at + "operation.method"), results.get(at + "operation.path"),
                            results.get(at + "operation.operationId"), results.get(at + "operation.file"),
                            Integer.parseInt(results.get(at + "operation.line")), Integer.parseInt(results.get(at + "operation.column")),
                            results.get(at + "operation.pointer"))
                    : null;
            findings.add(new Finding(results.get(at + "rule"), Severity.parse(results.get(at + "severity")), results.get(at + "message"),
                    results.get(at + "file"), Integer.parseInt(results.get(at + "line")), Integer.parseInt(results.get(at + "column")),
                    results.get(at + "pointer"), operation));
        }
        return findings;
    }
}
