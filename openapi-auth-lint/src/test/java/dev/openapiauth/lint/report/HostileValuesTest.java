package dev.openapiauth.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path and a scheme name written to forge output: CR/LF with a fake finding, a fake summary and a
 * GitHub workflow command, '%', HTML, a mention and control characters. Every format must keep each
 * finding in its place and carry the values as data, not as lines, commands or markup.
 */
class HostileValuesTest {
    private static final String FORGED = "\\r\\n::error file=x.yaml,line=1::forged\\r\\n"
            + "1 file, 0 operations (0 secured): 0 errors, 0 warnings, 0 info\\n%0A<script>alert(1)</script> @acme/admins \\u001b[31m|]";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private LintResult result;
    private int findings;

    @BeforeEach
    void lintAHostileDescription() throws IOException {
        Path spec = dir.resolve("api.yaml");
        Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \"/a" + FORGED + "\":\n    get:\n"
                + "      security: [{\"ghost" + FORGED + "\": []}]\n      responses: {'200': {description: ok}}\n");
        result = new Linter(LintOptions.DEFAULT).lint(List.of(spec));
        findings = result.findings().size();
        assertThat(findings).isGreaterThanOrEqualTo(2);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("ghost\r\n::error"));
    }

    @Test
    void textKeepsOneLinePerFindingAndNoLineReadsAsACommand() throws IOException {
        List<String> lines = render(ReportFormat.TEXT).lines().toList();
        assertThat(lines).hasSize(findings + 1);
        assertThat(lines).noneMatch(line -> line.startsWith("::") || line.contains("\u001b"));
        assertThat(lines.get(lines.size() - 1)).startsWith("1 file, 1 operation (1 secured): ");
        assertThat(lines.get(0)).contains("\\r\\n::error file=x.yaml,line=1::forged\\r\\n1 file, 0 operations");
    }

    @Test
    void githubHasOneCommandPerFindingWithTheValuesEscaped() throws IOException {
        List<String> lines = render(ReportFormat.GITHUB).lines().toList();
        assertThat(lines).hasSize(findings).allSatisfy(line -> {
            assertThat(line).matches("::(error|warning|notice) file=[^:]*,line=\\d+,col=\\d+,title=[^:]*::.*");
            assertThat(line).doesNotContain("\r").contains("%0D%0A::error file=x.yaml,line=1::forged%0D%0A");
        });
    }

    @Test
    void checkstyleIsWellFormedXml() throws Exception {
        byte[] xml = render(ReportFormat.CHECKSTYLE).getBytes(StandardCharsets.UTF_8);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getElementsByTagName("error").getLength()).isEqualTo(findings);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void markdownKeepsEachFindingInOneRowWithoutMarkupOrMentions() throws IOException {
        String markdown = render(ReportFormat.MARKDOWN);
        List<String> rows = markdown.lines().filter(line -> line.contains("ghost") || line.contains("/a")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("|").endsWith("|"));
        assertThat(markdown).doesNotContain("<script").doesNotContain("@acme").doesNotContain("\u001b")
                .doesNotContain("\n::").contains("&lt;script>");
    }

    @Test
    void htmlShowsTheValuesAsTextNotMarkup() throws IOException {
        var page = Jsoup.parse(render(ReportFormat.HTML));
        assertThat(page.select("script").stream().map(script -> script.data())).noneMatch(code -> code.contains("alert(1)"));
        assertThat(page.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void jsonAndSarifCarryTheValuesExactlyAsData() throws IOException {
        JsonNode json = JSON.readTree(render(ReportFormat.JSON));
        JsonNode sarif = JSON.readTree(render(ReportFormat.SARIF));
        assertThat(json.toString()).contains("ghost\\r\\n::error file=x.yaml");
        assertThat(json.findValues("message").stream().map(JsonNode::asText)).anyMatch(m -> m.contains("ghost\r\n::error"));
        assertThat(sarif.path("runs").get(0).path("results")).hasSize(findings);
        assertThat(sarif.path("runs").get(0).path("results").findValues("text").stream().map(JsonNode::asText))
                .anyMatch(m -> m.contains("ghost\r\n::error"));
    }

    private String render(ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter().write(result, out);
        return out.toString();
    }
}
