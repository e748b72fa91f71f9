package dev.openapiauth.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.baseline.Review;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format on the change under review (a new unprotected operation, a fixed one, two unchanged
 * findings on a shared component), compared with golden files in review/golden that were checked by
 * hand once: lines and columns against the fixture, escaping, links, the baseline states, and in
 * rdjson and SARIF the suggested fix.
 */
class ReviewFormatsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/review/golden");

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void matchesTheReviewedGoldenFile(ReportFormat format) throws IOException {
        String expected = Files.readString(GOLDEN.resolve("change." + format.extension()));
        LintResult change = Review.change();
        assertThat(normalized(render(format, change.withSuggestions(Review.suggestedFix(change))))).isEqualTo(expected);
    }

    /** The run's own folder and version are the only parts that differ between machines. */
    private static String normalized(String report) {
        return report.replace(Path.of("").toAbsolutePath().toUri().toString(), "file:///SRCROOT/")
                .replace("\"" + ToolVersion.version() + "\"", "\"VERSION\"")
                .replace(System.lineSeparator(), "\n");
    }

    private static String render(ReportFormat format, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        // Outside GitHub Actions links are relative; the environment must not leak into the comparison.
        Reporter reporter = format == ReportFormat.MARKDOWN ? new MarkdownReporter(Map.of()) : format.reporter();
        reporter.write(result, out);
        return out.toString();
    }
}
