package dev.openapiauth.lint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    @Test
    void movingLinesReorderingMembersAndRenamingAPathChangeNoFingerprint() {
        List<String> before = fingerprints(Review.lint(Review.BEFORE).findings());
        List<String> moved = fingerprints(Review.lint(Review.MOVED).findings());
        assertThat(moved).containsExactlyInAnyOrderElementsOf(before).hasSize(4);
        // The lines did move, so the fingerprints do not come from them.
        assertThat(Review.lint(Review.MOVED).findings()).extracting(Finding::line).doesNotContain(26);
    }

    @Test
    void theSameProblemOnTwoOperationsHasTwoFingerprints() {
        List<Finding> after = Review.lint(Review.AFTER).findings();
        assertThat(fingerprints(after)).doesNotHaveDuplicates();
    }

    @Test
    void aChangeThatAddsAnUnprotectedOperationAndFixesAnotherHasExactlyThoseNewAndFixedFindings() {
        LintResult change = Review.change();

        assertThat(change.gatingFindings()).extracting(f -> f.rule() + " " + f.operation().label())
                .containsExactly("secured-operation-without-401 POST /orders", "secured-operation-without-403 POST /orders");
        assertThat(change.comparison().fixed()).extracting(e -> e.rule() + " " + e.line())
                .containsExactly("secured-operation-without-401 17", "secured-operation-without-403 17");
        assertThat(change.comparison().states()).containsExactly(BaselineState.NEW, BaselineState.NEW,
                BaselineState.UNCHANGED, BaselineState.UNCHANGED);
        assertThat(change.gatingSummary().errors()).isEqualTo(1);
        assertThat(change.summary().errors()).isEqualTo(2);
    }

    @Test
    void aFindingWhoseMessageOrSeverityChangedIsUpdated() {
        List<Finding> after = Review.lint(Review.AFTER).findings();
        Finding shared = after.get(3);
        Baseline earlier = new Baseline(List.of(new BaselineEntry(shared.fingerprint(), shared.rule(), "warning",
                shared.message(), shared.file(), 1, 1)));

        assertThat(earlier.compare(after).states()).containsExactly(BaselineState.NEW, BaselineState.NEW,
                BaselineState.NEW, BaselineState.UPDATED);
    }

    @Test
    void eachBaselineEntryMatchesOneFindingOnly() {
        Finding finding = Review.lint(Review.AFTER).findings().get(0);
        Comparison comparison = Baseline.of(List.of(finding, finding)).compare(List.of(finding));
        assertThat(comparison.states()).containsExactly(BaselineState.UNCHANGED);
        assertThat(comparison.fixed()).hasSize(1);
    }

    @Test
    void readsItsOwnJsonAndSarifReportsBack() throws IOException, BaselineException {
        LintResult before = Review.lint(Review.BEFORE);
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF)) {
            Path report = dir.resolve("before." + format.extension());
            try (Writer out = Files.newBufferedWriter(report)) {
                format.reporter().write(before, out);
            }
            Baseline read = BaselineReport.read(report);
            assertThat(read.entries()).as(format.name()).extracting(BaselineEntry::fingerprint)
                    .containsExactlyElementsOf(fingerprints(before.findings()));
            assertThat(read.entries()).as(format.name()).extracting(BaselineEntry::severity)
                    .containsExactly("error", "warning", "warning", "error");

            LintResult change = Review.lint(Review.AFTER).comparedWith(read);
            assertThat(change.gatingFindings()).as(format.name()).hasSize(2);
            assertThat(change.comparison().fixed()).as(format.name()).hasSize(2);
        }
    }

    @Test
    void aSarifReportWithAbsentResultsDoesNotCountThemAsFindings() throws IOException, BaselineException {
        Path report = dir.resolve("change.sarif");
        try (Writer out = Files.newBufferedWriter(report)) {
            ReportFormat.SARIF.reporter().write(Review.change(), out);
        }
        assertThat(BaselineReport.read(report).entries()).hasSize(4);
    }

    @Test
    void somethingElseIsAClearError() throws IOException {
        Path notAReport = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
        assertThatThrownBy(() -> BaselineReport.read(notAReport)).isInstanceOf(BaselineException.class)
                .hasMessage(notAReport + " is neither a JSON nor a SARIF report of openapi-auth");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"findings\": [\n");
        assertThatThrownBy(() -> BaselineReport.read(broken)).isInstanceOf(BaselineException.class)
                .hasMessageStartingWith(broken + ":");
        assertThatThrownBy(() -> BaselineReport.read(dir.resolve("missing.json"))).isInstanceOf(BaselineException.class)
                .hasMessageStartingWith("cannot read baseline");
    }

    private static List<String> fingerprints(List<Finding> findings) {
        return findings.stream().map(Finding::fingerprint).toList();
    }
}
