package dev.openapiauth.lint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.baseline.BaselineEntry;
import dev.openapiauth.lint.baseline.BaselineState;
import dev.openapiauth.lint.baseline.Comparison;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Fingerprint;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.finding.Suggestion;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.rules.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** SARIF 2.1.0 with the rule catalogue and each finding's operation as a logical location. */
final class SarifReporter implements Reporter {
    private static final String SRCROOT = "%SRCROOT%";
    /** GitHub code scanning rejects a run with more results; beyond it, errors are kept first. */
    static final int MAX_RESULTS = 25_000;

    private final List<RuleDescriptor> rules;

    /** @param rules the catalogue the findings' rules come from: the lint's, or the probe's checks */
    SarifReporter(List<RuleDescriptor> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", Path.of("").toAbsolutePath().toUri().toString());
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            Comparison comparison = result.comparison();
            List<Integer> kept = mostSevere(result.findings(), MAX_RESULTS);
            Map<Finding, List<Suggestion>> fixes = new LinkedHashMap<>();
            List<Suggestion> shared = new ArrayList<>();
            for (Suggestion suggestion : result.suggestions()) {
                if (suggestion.finding() == null) {
                    shared.add(suggestion);
                } else {
                    fixes.computeIfAbsent(suggestion.finding(), f -> new ArrayList<>()).add(suggestion);
                }
            }
            for (int i : kept) {
                Finding finding = result.findings().get(i);
                List<Suggestion> fix = new ArrayList<>(fixes.getOrDefault(finding, List.of()));
                if (!fix.isEmpty() && !shared.isEmpty()) {
                    // Changes where no finding sits (shared components) go with the first fix that needs them.
                    fix.addAll(shared);
                    shared.clear();
                }
                writeResult(json, finding, indexOf(rules, finding.rule()), comparison == null ? null : comparison.states().get(i), fix);
            }
            int room = MAX_RESULTS - kept.size();
            if (comparison != null) {
                for (BaselineEntry fixed : comparison.fixed().subList(0, Math.min(room, comparison.fixed().size()))) {
                    writeAbsent(json, fixed, indexOf(rules, fixed.rule()));
                }
            }
            json.writeEndArray();
            writeInvocation(json, result.unchecked());
            if (kept.size() < result.findings().size()) {
                json.writeObjectFieldStart("properties");
                json.writeNumberField("omittedResults", result.findings().size() - kept.size());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /**
     * What could not be checked, as the run's tool notifications (GitHub code scanning shows them with the
     * tool's status), so that no result list reads as a pass of a check that did not judge.
     */
    private static void writeInvocation(JsonGenerator json, List<Unchecked> unchecked) throws IOException {
        if (unchecked.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Unchecked check : unchecked) {
            json.writeStartObject();
            json.writeStringField("level", "warning");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", "not checked: " + check);
            json.writeEndObject();
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", check.check());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Indexes of at most {@code limit} findings, the most severe first chosen, in report order. */
    private static List<Integer> mostSevere(List<Finding> findings, int limit) {
        List<Integer> indexes = IntStream.range(0, findings.size()).boxed().toList();
        if (findings.size() <= limit) {
            return indexes;
        }
        return indexes.stream()
                .sorted(Comparator.comparing(i -> findings.get(i).severity()))
                .limit(limit)
                .sorted()
                .toList();
    }

    private static void writeTool(JsonGenerator json, List<RuleDescriptor> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", ToolVersion.NAME);
        json.writeStringField("version", ToolVersion.version());
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.title());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", rule.description());
            json.writeEndObject();
            json.writeObjectFieldStart("help");
            json.writeStringField("text", rule.description() + " Fix: " + rule.fix().replace("`", ""));
            json.writeStringField("markdown", "**" + rule.title() + "**\n\n" + rule.description() + "\n\n**Fix:** " + rule.fix()
                    + (rule.severityNote().isEmpty() ? "" : "\n\nSeverity: " + rule.defaultSeverity().label() + ", "
                    + rule.severityNote() + "."));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding f, int ruleIndex, BaselineState state, List<Suggestion> fix)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(f.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, f.file(), f.line(), f.column());
        if (f.operation() != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", f.operation().operationId() != null ? f.operation().operationId() : f.operation().label());
            json.writeStringField("fullyQualifiedName", f.operation().label());
            json.writeStringField("kind", "function");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        if (f.outsideOperation()) {
            // The cause is a shared component; the operation that uses it is where the reader comes from.
            json.writeArrayFieldStart("relatedLocations");
            json.writeStartObject();
            json.writeNumberField("id", 1);
            writePhysicalLocation(json, f.operation().file(), f.operation().line(), f.operation().column());
            json.writeObjectFieldStart("message");
            json.writeStringField("text", "used by " + f.operation().label());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        writeFingerprint(json, f.fingerprint());
        if (state != null) {
            json.writeStringField("baselineState", state.label());
        }
        if (!fix.isEmpty()) {
            writeFix(json, fix);
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("pointer", f.pointer());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The fix as SARIF {@code fixes}: per file its whole-line replacements, columns in UTF-16 code units. */
    private static void writeFix(JsonGenerator json, List<Suggestion> fix) throws IOException {
        Map<String, List<Suggestion>> byFile = new LinkedHashMap<>();
        for (Suggestion suggestion : fix) {
            byFile.computeIfAbsent(suggestion.file(), f -> new ArrayList<>()).add(suggestion);
        }
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        json.writeObjectFieldStart("description");
        json.writeStringField("text", "What openapi-auth fix adds");
        json.writeEndObject();
        json.writeArrayFieldStart("artifactChanges");
        for (Map.Entry<String, List<Suggestion>> file : byFile.entrySet()) {
            json.writeStartObject();
            writeArtifactLocation(json, file.getKey());
            json.writeArrayFieldStart("replacements");
            for (Suggestion suggestion : file.getValue()) {
                json.writeStartObject();
                json.writeObjectFieldStart("deletedRegion");
                json.writeNumberField("startLine", suggestion.startLine());
                json.writeNumberField("startColumn", 1);
                if (suggestion.endsWithLineEnding()) {
                    json.writeNumberField("endLine", suggestion.endLine() + 1);
                    json.writeNumberField("endColumn", 1);
                } else {
                    json.writeNumberField("endLine", suggestion.endLine());
                    json.writeNumberField("endColumn", suggestion.lastLine().length() + 1);
                }
                json.writeEndObject();
                json.writeObjectFieldStart("insertedContent");
                json.writeStringField("text", suggestion.text());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** A baseline finding the change fixed: SARIF keeps it in the run with {@code baselineState} absent. */
    private static void writeAbsent(JsonGenerator json, BaselineEntry entry, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", entry.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(Severity.parse(entry.severity())));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", entry.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, entry.file(), entry.line(), entry.column());
        json.writeEndObject();
        json.writeEndArray();
        writeFingerprint(json, entry.fingerprint());
        json.writeStringField("baselineState", BaselineState.ABSENT.label());
        json.writeEndObject();
    }

    private static void writeFingerprint(JsonGenerator json, String fingerprint) throws IOException {
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(Fingerprint.SARIF_KEY, fingerprint);
        json.writeEndObject();
    }

    private static void writePhysicalLocation(JsonGenerator json, String file, int line, int column) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, file);
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, line));
        json.writeNumberField("startColumn", Math.max(1, column));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator json, String file) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        URI uri = artifactUri(file);
        json.writeStringField("uri", uri.toString());
        if (!uri.isAbsolute()) {
            json.writeStringField("uriBaseId", SRCROOT);
        }
        json.writeEndObject();
    }

    /** Relative files stay relative (to %SRCROOT%); files elsewhere and remote documents are absolute URIs. */
    private static URI artifactUri(String file) {
        if (file.startsWith("http://") || file.startsWith("https://")) {
            return URI.create(file);
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri();
        }
        try {
            return new URI(null, null, file, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file name cannot be written as a URI: " + file, e);
        }
    }

    private static int indexOf(List<RuleDescriptor> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("finding of a rule outside the catalogue: " + id);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
