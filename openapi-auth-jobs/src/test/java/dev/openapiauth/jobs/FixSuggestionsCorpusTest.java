package dev.openapiauth.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.openapiauth.core.Manifest;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.fix.InPlaceFix;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every corpus document, the suggestions of its rdjson report and the fixes of its SARIF report,
 * applied as reviewdog and a SARIF viewer apply them, give exactly the files {@code fix} writes; the
 * SARIF report with fixes still validates against the SARIF 2.1.0 schema.
 */
class FixSuggestionsCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int suggestions;
    private static int shared;

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> appliedSuggestionsGiveWhatFixWrites() throws IOException {
        Path corpus = SharedFiles.corpus();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(Files.readString(SharedFiles.sarifSchema())));
        return Manifest.read(corpus.resolve("MANIFEST.tsv")).stream().map(entry -> DynamicTest.dynamicTest(entry.file(), () -> {
            Path spec = SharedFiles.copyOfCorpusDocument(entry.file(), work);
            Path rdjson = work.resolve(entry.file() + ".rdjson");
            Path sarif = work.resolve(entry.file() + ".sarif");
            new LintJob().run(new LintRequest(List.of(spec), LintOptions.DEFAULT, FailurePolicy.of("never", 0),
                    List.of(ReportTarget.toFile(ReportFormat.RDJSON, rdjson), ReportTarget.toFile(ReportFormat.SARIF, sarif)),
                    null, null, null), new StringWriter());

            Map<Path, String> expected = new LinkedHashMap<>();
            for (InPlaceFix.FileFix fix : new InPlaceFix(ParseLimits.DEFAULT).of(
                    new ContractAugmenter(new ContractAugmenter.Options(null, LoadOptions.DEFAULT, false, false)).plan(spec))) {
                expected.put(fix.path(), fix.fixed());
            }
            assertThat(applied(rdjsonChanges(JSON.readTree(rdjson.toFile())))).as("rdjson suggestions applied").isEqualTo(expected);
            JsonNode sarifTree = JSON.readTree(sarif.toFile());
            assertThat(schema.validate(sarifTree)).as("SARIF schema violations").isEmpty();
            assertThat(applied(sarifChanges(sarifTree))).as("SARIF fixes applied").isEqualTo(expected);
        }));
    }

    @AfterAll
    static void report() {
        System.out.printf("fix suggestions: %d suggested changes, %d of them shared by the others%n", suggestions, shared);
    }

    /** A replacement of {@code original} from one position to another; lines 1-based, columns per format. */
    private record Change(Path file, int startLine, int startColumn, int endLine, int endColumn, String text, boolean wholeLines) {
    }

    private static List<Change> rdjsonChanges(JsonNode report) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode diagnostic : report.path("diagnostics")) {
            for (JsonNode suggestion : diagnostic.path("suggestions")) {
                JsonNode range = suggestion.path("range");
                // reviewdog posts a suggestion only on its diagnostic's own lines
                assertThat(range).isEqualTo(diagnostic.at("/location/range"));
                assertThat(range.at("/start/column").isMissingNode()).as("line-based").isTrue();
                suggestions++;
                shared += diagnostic.at("/code/value").asText().equals("openapi-auth-fix") ? 1 : 0;
                changes.add(new Change(Path.of(diagnostic.at("/location/path").asText()), range.at("/start/line").asInt(), 0,
                        range.at("/end/line").asInt(), 0, suggestion.path("text").asText(), true));
            }
        }
        return changes;
    }

    private static List<Change> sarifChanges(JsonNode report) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode result : report.at("/runs/0/results")) {
            for (JsonNode fix : result.path("fixes")) {
                for (JsonNode artifact : fix.path("artifactChanges")) {
                    Path file = Path.of(URI.create(artifact.at("/artifactLocation/uri").asText()));
                    for (JsonNode replacement : artifact.path("replacements")) {
                        JsonNode region = replacement.path("deletedRegion");
                        changes.add(new Change(file, region.path("startLine").asInt(), region.path("startColumn").asInt(),
                                region.path("endLine").asInt(), region.path("endColumn").asInt(),
                                replacement.at("/insertedContent/text").asText(), false));
                    }
                }
            }
        }
        return changes;
    }

    /** Each file with its changes applied, last first so that earlier positions stay put. */
    private static Map<Path, String> applied(List<Change> changes) throws IOException {
        Map<Path, List<Change>> byFile = new LinkedHashMap<>();
        for (Change change : changes) {
            byFile.computeIfAbsent(change.file(), f -> new ArrayList<>()).add(change);
        }
        Map<Path, String> files = new LinkedHashMap<>();
        for (Map.Entry<Path, List<Change>> file : byFile.entrySet()) {
            String text = new String(Files.readAllBytes(file.getKey()), StandardCharsets.UTF_8);
            List<Integer> lineStarts = lineStarts(text);
            List<Change> sorted = new ArrayList<>(file.getValue());
            sorted.sort(Comparator.comparingInt(Change::startLine).reversed());
            StringBuilder fixed = new StringBuilder(text);
            for (Change change : sorted) {
                int start = lineStarts.get(change.startLine() - 1) + Math.max(0, change.startColumn() - 1);
                int end;
                String replacement = change.text();
                if (change.wholeLines()) {
                    // the replaced lines end where the next begins; their last line ending stays
                    end = change.endLine() < lineStarts.size() ? lineStarts.get(change.endLine()) : text.length();
                    replacement += lineEnding(text.substring(start, end));
                } else {
                    end = lineStarts.get(change.endLine() - 1) + change.endColumn() - 1;
                }
                fixed.replace(start, end, replacement);
            }
            files.put(file.getKey(), fixed.toString());
        }
        return files;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static String lineEnding(String line) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") || line.endsWith("\r") ? line.substring(line.length() - 1) : "";
    }
}
