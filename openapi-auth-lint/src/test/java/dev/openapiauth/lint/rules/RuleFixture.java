package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lints a fixture spec from {@code src/test/resources/rules/<rule-id>/} and describes one rule's findings, for the tests of a rule's messages and options. */
final class RuleFixture {
    private RuleFixture() {
    }

    static Path path(String rule, String fixture) {
        try {
            return Path.of(RuleFixture.class.getResource("/rules/" + rule + "/" + fixture).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture rules/" + rule + "/" + fixture, e);
        }
    }

    /**
     * Findings of {@code rule} as {@code file:line:column severity METHOD /path}, in report order, with
     * options other than the defaults that {@link RuleFixturesTest} checks the fixtures' markers with.
     */
    static List<String> findings(String rule, String fixture, LintOptions options) {
        return raw(rule, fixture, options).stream().map(RuleFixture::describe).toList();
    }

    static List<Finding> raw(String rule, String fixture, LintOptions options) {
        return new Linter(options).lint(List.of(path(rule, fixture))).findings().stream()
                .filter(f -> f.rule().equals(rule))
                .toList();
    }

    /** The message of {@code rule}'s finding on each operation, by the operation's path. */
    static Map<String, String> messagesByPath(String rule, String fixture) {
        return raw(rule, fixture, LintOptions.DEFAULT).stream().collect(Collectors.toMap(f -> f.operation().path(), Finding::message));
    }

    static String describe(Finding f) {
        String file = f.file().substring(f.file().lastIndexOf('/') + 1);
        return file + ":" + f.line() + ":" + f.column() + " " + f.severity().label()
                + (f.operation() == null ? "" : " " + f.operation().label());
    }
}
