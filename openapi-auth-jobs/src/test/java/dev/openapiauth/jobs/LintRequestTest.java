package dev.openapiauth.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintRequestTest {
    private static final List<Path> SPECS = List.of(Path.of("api.yaml"));
    private static final FailurePolicy POLICY = FailurePolicy.of("error", 0);

    @Test
    void aBaselineAndASinceRevisionExcludeEachOtherInTheWordsOfEachAdapter() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> new LintRequest(SPECS, LintOptions.DEFAULT, POLICY, List.of(), Path.of("old.json"), "main", null));
        assertThat(refused.message(parameter -> switch (parameter) {
            case BASELINE -> "--baseline";
            case SINCE -> "--since";
            case FORMAT -> "--format";
        })).isEqualTo("--baseline and --since exclude each other");
        assertThat(refused.message(parameter -> parameter.name().toLowerCase())).isEqualTo("baseline and since exclude each other");
    }

    @Test
    void onlyOneReportGoesToTheConsole() {
        List<ReportTarget> two = List.of(ReportTarget.toConsole(ReportFormat.TEXT), ReportTarget.toConsole(ReportFormat.JSON));
        assertThatThrownBy(() -> new LintRequest(SPECS, LintOptions.DEFAULT, POLICY, two, null, null, null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("standard output");
        List<ReportTarget> oneEach = List.of(ReportTarget.toConsole(ReportFormat.TEXT),
                ReportTarget.toFile(ReportFormat.JSON, Path.of("r.json")));
        assertThat(new LintRequest(SPECS, LintOptions.DEFAULT, POLICY, oneEach, null, null, null).reports()).hasSize(2);
    }

    @Test
    void aRequestWithoutDescriptionsIsRefused() {
        assertThatThrownBy(() -> new LintRequest(List.of(), LintOptions.DEFAULT, POLICY, List.of(), null, null, null))
                .hasMessage("no OpenAPI description to lint");
    }
}
