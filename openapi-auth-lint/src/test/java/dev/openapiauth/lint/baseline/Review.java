package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Suggestion;
import java.nio.file.Path;
import java.util.List;

/** The fixtures of src/test/resources/review: one description before, after and moved around. */
public final class Review {
    public static final Path BEFORE = Path.of("target/test-classes/review/before/api.yaml");
    public static final Path MOVED = Path.of("target/test-classes/review/moved/api.yaml");
    public static final Path AFTER = Path.of("target/test-classes/review/after/api.yaml");

    private Review() {
    }

    public static LintResult lint(Path spec) {
        return new Linter(LintOptions.DEFAULT).lint(List.of(spec));
    }

    /**
     * The suggestions {@code fix} makes for the change (written by hand from its dry run): the two
     * references on createOrder's last response line, and the header component on the last line.
     */
    public static List<Suggestion> suggestedFix(LintResult change) {
        Finding missing401 = change.findings().stream()
                .filter(f -> f.rule().equals("secured-operation-without-401")).findFirst().orElseThrow();
        String created = "        '201': {description: created}\n";
        String bearer = "    bearer: {type: http, scheme: bearer}\n";
        return List.of(
                new Suggestion(missing401, missing401.file(), 21, 21, created, created
                        + "        '401': {$ref: '#/components/responses/Unauthorized'}\n"
                        + "        '403': {$ref: '#/components/responses/Forbidden'}\n"),
                new Suggestion(null, missing401.file(), 46, 46, bearer, bearer
                        + "  headers:\n    WWW-Authenticate:\n      schema: {type: string}\n"));
    }

    /** The change under review: after/api.yaml against before/api.yaml. */
    public static LintResult change() {
        return lint(AFTER).comparedWith(Baseline.of(lint(BEFORE).findings()));
    }
}
