package dev.openapiauth.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.Summary;
import dev.openapiauth.lint.baseline.Review;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PullRequestFormatsTest {

    @Test
    void githubCommandsEscapeDataAndPropertiesAsGithubRequires() {
        assertThat(GithubReporter.data("100% sure\r\nnext: a, b")).isEqualTo("100%25 sure%0D%0Anext: a, b");
        assertThat(GithubReporter.property("C:\\specs\\a,b.yaml")).isEqualTo("C%3A\\specs\\a%2Cb.yaml");
    }

    @Test
    void markdownShowsFiftyRowsAndCollapsesTheRest() throws IOException {
        String markdown = markdown(manyFindings(62), Map.of());
        String visible = markdown.substring(0, markdown.indexOf("<details>"));
        assertThat(visible.lines().filter(line -> line.startsWith("| 🔴 | `"))).hasSize(50);
        assertThat(markdown).contains("<details><summary>12 more</summary>");
        assertThat(markdown.lines().filter(line -> line.startsWith("| 🔴 | `"))).hasSize(62);
    }

    @Test
    void markdownLinksPointAtTheCheckedCommitInsideGithubActions() throws IOException {
        String markdown = markdown(manyFindings(1), Map.of("GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "acme/shop", "GITHUB_SHA", "abc123"));
        assertThat(markdown).contains("[api/shop.yaml:7](https://github.com/acme/shop/blob/abc123/api/shop.yaml#L7)");
    }

    @Test
    void markdownCellsCannotBreakTheTable() throws IOException {
        Finding piped = new Finding("undefined-scope", Severity.ERROR, "scope 'a|b' <script>\nnext", "api/shop.yaml", 7, 3,
                "/paths", null);
        String markdown = markdown(List.of(piped), Map.of());
        assertThat(markdown).contains("scope 'a\\|b' &lt;script>\\nnext |");
    }

    @Test
    void htmlCoverageReportHasSummaryFiltersAndOneRowPerOperation() throws IOException {
        LintResult result = new Linter(LintOptions.DEFAULT).lint(List.of(SharedFiles.example("petstore-auth.yaml")));
        StringWriter out = new StringWriter();
        ReportFormat.HTML.reporter().write(result, out);
        Document html = Jsoup.parse(out.toString());

        assertThat(html.select("#summary tr")).extracting(Element::text).contains("operations 7", "secured operations 6",
                "error findings 8", "warning findings 7", "info findings 1");
        assertThat(html.select("select#tag option")).extracting(Element::text).first().isEqualTo("all");
        assertThat(html.select("select#status option")).extracting(Element::val).contains("findings", "clean", "secured", "public");
        List<Element> rows = html.select("#operations tbody tr");
        assertThat(rows).hasSize(7);
        Element deletePet = rows.stream().filter(row -> row.text().contains("DELETE /pets/{petId}")).findFirst().orElseThrow();
        assertThat(deletePet.select("td").get(2).text()).isEqualTo("petstoreOAuth[pets:delete]");
        assertThat(deletePet.select("td.yes")).hasSize(3);
        assertThat(deletePet.select("li.error").text()).contains("undefined-scope");
        Element listPets = rows.stream().filter(row -> row.text().contains("GET /pets ")).findFirst().orElseThrow();
        assertThat(listPets.attr("data-status")).isEqualTo("findings public");
        assertThat(listPets.select("td.na")).hasSize(3);
    }

    @Test
    void htmlReportSaysWhenAndOnWhichCommitItWasMadeAndLinksEachFileLine() throws IOException {
        LintResult result = new Linter(LintOptions.DEFAULT).lint(List.of(SharedFiles.example("petstore-auth.yaml")));
        StringWriter out = new StringWriter();
        new HtmlReporter(new Provenance(Instant.parse("2026-12-04T03:50:12.345Z"), "0123456789abcdef"), Map.of()).write(result, out);
        Document html = Jsoup.parse(out.toString());

        assertThat(html.select("#provenance").text()).endsWith(", made 2026-12-04T03:50:12Z on commit 0123456789abcdef");
        Element undefinedScope = html.select("li.error").stream().filter(li -> li.text().contains("undefined-scope")).findFirst()
                .orElseThrow();
        Finding finding = result.findings().stream().filter(f -> f.rule().equals("undefined-scope")).findFirst().orElseThrow();
        assertThat(undefinedScope.select("a").text()).isEqualTo(finding.file() + ":" + finding.line());
        assertThat(undefinedScope.select("a").attr("href"))
                .isEqualTo(Path.of(finding.file()).toAbsolutePath().normalize().toUri() + "#L" + finding.line());

        // Inside GitHub Actions a file below the working directory links to itself at the commit checked.
        StringWriter inGithub = new StringWriter();
        new HtmlReporter(new Provenance(Instant.EPOCH, null), Map.of("GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "acme/shop", "GITHUB_SHA", "abc123")).write(Review.lint(Review.AFTER), inGithub);
        Document github = Jsoup.parse(inGithub.toString());
        assertThat(github.select("#provenance").text()).endsWith(", made 1970-01-01T00:00:00Z, not in a git checkout");
        assertThat(github.select("#operations a").first().attr("href"))
                .isEqualTo("https://github.com/acme/shop/blob/abc123/target/test-classes/review/after/api.yaml#L7");
    }

    private static List<Finding> manyFindings(int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(new Finding("secured-operation-without-401", Severity.ERROR, "finding " + i, "api/shop.yaml", 7 + i, 3,
                    "/paths", null));
        }
        return findings;
    }

    private static String markdown(List<Finding> findings, Map<String, String> environment) throws IOException {
        LintResult result = new LintResult(findings, new Summary(1, 1, 1, 0, 0, 0).countingOnly(findings), List.of(), List.of(),
                List.of(), null, List.of(), List.of());
        StringWriter out = new StringWriter();
        new MarkdownReporter(environment).write(result, out);
        return out.toString();
    }
}
