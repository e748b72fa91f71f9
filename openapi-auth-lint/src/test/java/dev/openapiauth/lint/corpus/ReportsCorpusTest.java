package dev.openapiauth.lint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.openapiauth.core.Manifest;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every corpus document: the SARIF report validates against the SARIF 2.1.0 schema and fits
 * GitHub code scanning's upload limits (10 MB gzipped, 25 000 results per run), and the HTML report,
 * parsed as a browser would, has one row per operation. Sizes go to target/report-sizes.tsv.
 */
class ReportsCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SIZES = new ArrayList<>(List.of("file\toperations\tfindings\tsarif_bytes\tsarif_gzip_bytes\thtml_bytes"));

    @TestFactory
    Stream<DynamicTest> everyDocumentGivesValidSarifAndACompleteCoverageReport() throws IOException {
        Path corpus = SharedFiles.corpus();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(JSON.readTree(Files.readString(SharedFiles.sarifSchema())));
        return Manifest.read(corpus.resolve("MANIFEST.tsv")).stream().map(entry -> DynamicTest.dynamicTest(entry.file(), () -> {
            LintResult result = new Linter(LintOptions.DEFAULT).lint(List.of(corpus.resolve("real").resolve(entry.file())));
            String sarif = render(ReportFormat.SARIF, result);
            JsonNode tree = JSON.readTree(sarif);
            assertThat(schema.validate(tree)).as("SARIF schema violations").isEmpty();
            assertThat(tree.at("/runs/0/results").size()).isEqualTo(result.findings().size()).isLessThanOrEqualTo(25_000);
            int gzipped = gzipSize(sarif);
            assertThat(gzipped).isLessThan(10 * 1024 * 1024);

            String html = render(ReportFormat.HTML, result);
            checkCoverage(Jsoup.parse(html), result);
            synchronized (SIZES) {
                SIZES.add(entry.file() + "\t" + result.summary().operations() + "\t" + result.findings().size() + "\t"
                        + sarif.getBytes(StandardCharsets.UTF_8).length + "\t" + gzipped + "\t"
                        + html.getBytes(StandardCharsets.UTF_8).length);
            }
        }));
    }

    private static void checkCoverage(Document html, LintResult result) {
        List<Element> rows = html.select("#operations tbody tr");
        assertThat(rows).hasSize(result.summary().operations());
        for (int i = 0; i < rows.size(); i++) {
            OperationCoverage operation = result.coverage().get(i);
            assertThat(rows.get(i).selectFirst("td code").text()).isEqualTo(operation.label());
        }
        assertThat(html.select("script[src], link[href], img[src]")).as("external assets").isEmpty();
    }

    private static String render(ReportFormat format, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter().write(result, out);
        return out.toString();
    }

    private static int gzipSize(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    @AfterAll
    static void writeSizes() throws IOException {
        if (SIZES.size() > 1) {
            Files.write(Path.of("target/report-sizes.tsv"), SIZES);
        }
    }
}
