package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
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

    /** The change under review: after/api.yaml against before/api.yaml. */
    public static LintResult change() {
        return lint(AFTER).comparedWith(Baseline.of(lint(BEFORE).findings()));
    }
}
