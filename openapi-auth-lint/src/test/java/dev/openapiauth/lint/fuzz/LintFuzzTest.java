package dev.openapiauth.lint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any bytes a pull request can write, linted as a description and reported in every format. What
 * must hold for every input: the lint ends (no exception, no hang), it either read the document or
 * says why not, and no reported value breaks the shape of a report.
 *
 * <p>Without {@code JAZZER_FUZZ}, each file of {@code LintFuzzTestInputs/lintsAnyBytes} runs once
 * (the rule fixtures, the hostile inputs found so far, and every crash a campaign finds). With
 * {@code JAZZER_FUZZ=1}, Jazzer mutates them, guided by coverage, for {@code maxDuration}.
 */
class LintFuzzTest {
    private static final Path DIR = temporaryFolder();
    private static final Path SPEC = DIR.resolve("api.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    // Webhooks and callbacks too, so that every operation the loader can read is reached.
    private static final Linter LINTER = new Linter(new LintOptions(LoadOptions.DEFAULT.withRootDirectory(DIR),
            new ModelOptions(true), false, Set.of(), Map.of()));

    @FuzzTest(maxDuration = "10m")
    void lintsAnyBytes(byte[] input) throws IOException {
        Files.write(SPEC, input);

        LintResult result = LINTER.lint(List.of(SPEC));

        assertThat(result.findings()).as("an unreadable document is a parse-error finding").hasSizeGreaterThanOrEqualTo(
                result.unreadable().size());
        String text = render(ReportFormat.TEXT, result);
        assertThat(text.lines()).as("one line per finding and a summary").hasSize(result.findings().size() + 1);
        assertThat(text.lines()).noneMatch(line -> line.startsWith("::"));
        assertThat(render(ReportFormat.GITHUB, result).lines()).hasSize(result.gatingFindings().size())
                .allMatch(line -> line.matches("::(error|warning|notice) file=[^:\\r]*,line=\\d+,col=\\d+,title=[^:]*::[^\\r]*"));
        assertThat(JSON.readTree(render(ReportFormat.JSON, result)).path("findings")).hasSize(result.findings().size());
        assertThat(JSON.readTree(render(ReportFormat.SARIF, result)).path("runs").get(0).path("results"))
                .hasSize(result.findings().size());
        for (ReportFormat format : List.of(ReportFormat.CHECKSTYLE, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            render(format, result);
        }
    }

    private static String render(ReportFormat format, LintResult result) throws IOException {
        StringWriter out = new StringWriter();
        format.reporter().write(result, out);
        return out.toString();
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("openapi-auth-fuzz").toRealPath();
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
