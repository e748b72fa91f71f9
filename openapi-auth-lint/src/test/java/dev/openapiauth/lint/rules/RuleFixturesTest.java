package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered rule against the fixtures in {@code src/test/resources/rules/RULE-ID/}, with the
 * expected findings written beside their lines, as Checkstyle's {@code // violation} comments are:
 *
 * <pre>
 *       responses:  # expect: secured-operation-without-401:7 error GET /inherits-root
 * </pre>
 *
 * A marker ends the line a finding is reported at and names the rule, the column, the severity and the
 * operation (none for findings outside operations); several on one line are joined by {@code ; }. Each
 * file directly in the folder is an entry document, and so is {@code api.yaml} in a subfolder; every file
 * the lint reads may carry markers. JSON has no comments: a JSON file's markers sit in
 * {@code FILE.json.expect}, each after the number of its line. The findings of the folder's rule, and of
 * every rule a marker names, must be exactly the markers.
 */
class RuleFixturesTest {
    private static final String MARKER = "# expect: ";

    @TestFactory
    Stream<DynamicTest> everyRuleFindsExactlyWhatItsFixturesExpect() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : Rules.ALL) {
            String id = rule.descriptor().id();
            Path folder = folder(id);
            List<Path> entries = entries(folder);
            assertThat(entries).as("fixtures of %s in %s", id, folder).isNotEmpty();
            for (Path entry : entries) {
                tests.add(dynamicTest(id + "/" + folder.relativize(entry), () -> check(id, folder, entry)));
            }
        }
        return tests.stream();
    }

    private static void check(String rule, Path folder, Path entry) throws IOException {
        LintResult result = new Linter(LintOptions.DEFAULT).lint(List.of(entry));
        List<String> expected = new ArrayList<>();
        for (URI source : result.sources()) {
            expected.addAll(markers(folder, Path.of(source)));
        }
        Set<String> rules = new LinkedHashSet<>(List.of(rule));
        for (String marker : expected) {
            rules.add(marker.substring(marker.indexOf(' ') + 1, marker.indexOf(':', marker.indexOf(' '))));
        }
        List<String> found = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (rules.contains(finding.rule())) {
                found.add(describe(folder, finding));
            }
        }
        assertThat(found).as("findings of %s on %s", rules, entry).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The markers of one file, each as {@code FILE:LINE RULE:COLUMN SEVERITY [OPERATION]}. */
    private static List<String> markers(Path folder, Path file) throws IOException {
        String name = folder.relativize(file).toString().replace('\\', '/');
        List<String> markers = new ArrayList<>();
        if (name.endsWith(".json")) {
            Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
            if (Files.exists(sidecar)) {
                for (String line : Files.readAllLines(sidecar)) {
                    int marker = line.indexOf(MARKER);
                    if (marker > 0 && !line.startsWith("#")) {
                        add(markers, name + ":" + line.substring(0, marker).trim(), line.substring(marker + MARKER.length()));
                    }
                }
            }
            return markers;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int marker = lines.get(i).indexOf(MARKER);
            if (marker >= 0) {
                add(markers, name + ":" + (i + 1), lines.get(i).substring(marker + MARKER.length()));
            }
        }
        return markers;
    }

    private static void add(List<String> markers, String at, String written) {
        for (String one : written.split("; ")) {
            markers.add(at + " " + one.trim());
        }
    }

    private static String describe(Path folder, Finding finding) {
        String file = folder.relativize(Path.of(finding.file()).toAbsolutePath().normalize()).toString().replace('\\', '/');
        return file + ":" + finding.line() + " " + finding.rule() + ":" + finding.column() + " " + finding.severity().label()
                + (finding.operation() == null ? "" : " " + finding.operation().label());
    }

    private static Path folder(String rule) {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/rules/" + rule).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("rule " + rule + " has no fixtures in src/test/resources/rules/" + rule, e);
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path) && Files.exists(path.resolve("api.yaml"))) {
                    entries.add(path.resolve("api.yaml"));
                } else if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                    entries.add(path);
                }
            }
        }
        return entries;
    }
}
