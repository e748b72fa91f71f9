package dev.openapiauth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MojoTest
class LintMojoTest {
    private static final String VIOLATIONS = "src/test/resources/unit/petstore-auth.yaml";
    private static final String CLEAN = "src/test/resources/unit/clean.yaml";

    /** Reports and up-to-date state of an earlier test or build would make the goal skip its work. */
    @BeforeEach
    void startWithoutEarlierReports() throws IOException {
        Folders.delete(Path.of("target/harness"));
        Folders.delete(Path.of("target/test-classes/unit/default-layout/target"));
        Folders.delete(Path.of("target/test-classes/unit/fragments/target"));
    }

    private static RecordingLog recordLog(LintMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    private static Path reports(String name) {
        return Path.of("target/harness", name).toAbsolutePath();
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "outputDirectory", value = "target/harness/fails")
    void failsTheBuildCountingFindingsPerSeverityAndStillWritesReports(LintMojo mojo) throws IOException {
        RecordingLog log = recordLog(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("openapi-auth found 8 errors (at or above error; 0 allowed)");

        assertThat(reports("fails").resolve("openapi-auth.sarif")).isRegularFile();
        assertThat(reports("fails").resolve("openapi-auth.json")).isRegularFile();
        assertThat(reports("fails").resolve("openapi-auth.txt")).doesNotExist();
        assertThat(log.lines).contains("[ERROR] " + VIOLATIONS + ":58:27: undefined-scope: scope 'pets:delete' is not declared "
                + "by any flow of oauth2 scheme 'petstoreOAuth' [DELETE /pets/{petId}]");
        assertThat(log.lines).filteredOn(l -> l.startsWith("[WARNING] " + VIOLATIONS)).hasSize(7);
        assertThat(log.lines).filteredOn(l -> l.startsWith("[INFO] " + VIOLATIONS)).hasSize(1);
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "outputDirectory", value = "target/harness/no-failure")
    void failOnViolationFalseLogsTheFindingsAsCheckstyleDoesAndPasses(LintMojo mojo) throws Exception {
        RecordingLog log = recordLog(mojo);
        mojo.execute();
        assertThat(log.lines).filteredOn(l -> l.startsWith("[ERROR] " + VIOLATIONS)).hasSize(8);
        assertThat(reports("no-failure").resolve("openapi-auth.sarif")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "failOnSeverity", value = "warning")
    @MojoParameter(name = "outputDirectory", value = "target/harness/warning")
    void failOnSeverityWarningCountsWarningsToo(LintMojo mojo) {
        recordLog(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("openapi-auth found 8 errors, 7 warnings (at or above warning; 0 allowed)");
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "failOnSeverity", value = "never")
    @MojoParameter(name = "formats", value = "text,sarif")
    @MojoParameter(name = "outputDirectory", value = "target/harness/never")
    void failOnSeverityNeverPassesAndWritesTheRequestedFormats(LintMojo mojo) throws Exception {
        recordLog(mojo);
        mojo.execute();
        assertThat(Files.readString(reports("never").resolve("openapi-auth.txt")))
                .endsWith("1 file, 7 operations (6 secured): 8 errors, 7 warnings, 1 info" + System.lineSeparator());
        assertThat(reports("never").resolve("openapi-auth.sarif")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "maxAllowedViolations", value = "8")
    @MojoParameter(name = "consoleOutput", value = "false")
    @MojoParameter(name = "outputDirectory", value = "target/harness/allowed")
    void toleratesUpToMaxAllowedViolationsAndCanStayQuiet(LintMojo mojo) throws Exception {
        RecordingLog log = recordLog(mojo);
        mojo.execute();
        assertThat(log.lines).noneMatch(l -> l.contains(VIOLATIONS + ":"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: 1 file, 7 operations (6 secured): 8 errors"));
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "ignoredRules", value = "secured-operation-without-401,unauthorized-without-www-authenticate")
    @MojoParameter(name = "outputDirectory", value = "target/harness/ignored")
    void ignoredRulesAreNotReported(LintMojo mojo) {
        RecordingLog log = recordLog(mojo);
        assertThatThrownBy(mojo::execute).hasMessageStartingWith("openapi-auth found 3 errors");
        assertThat(log.lines).noneMatch(l -> l.contains("secured-operation-without-401:") || l.contains("without-www-authenticate:"));
    }

    @Test
    @InjectMojo(goal = "lint", pom = """
            <project>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>openapi-auth-maven-plugin</artifactId>
                    <configuration>
                      <inputSpec>src/test/resources/unit/petstore-auth.yaml</inputSpec>
                      <outputDirectory>target/harness/severities</outputDirectory>
                      <acceptRangeResponses>true</acceptRangeResponses>
                      <ruleSeverities>
                        <secured-operation-without-401>info</secured-operation-without-401>
                        <unauthorized-without-www-authenticate>off</unauthorized-without-www-authenticate>
                        <secured-operation-without-403>warning</secured-operation-without-403>
                        <undefined-scope>warning</undefined-scope>
                        <undefined-security-scheme>warning</undefined-security-scheme>
                      </ruleSeverities>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """)
    void ruleSeveritiesAndAcceptRangesComeFromThePom(LintMojo mojo) throws Exception {
        RecordingLog log = recordLog(mojo);
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] " + VIOLATIONS + ":80:7: secured-operation-without-401"));
        assertThat(log.lines).noneMatch(l -> l.contains("unauthorized-without-www-authenticate") || l.contains("'4XX'"));
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "ignoredRules", value = "no-such-rule")
    void anUnknownRuleIsAConfigurationError(LintMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown rule 'no-such-rule'");
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void anUnknownFormatIsAConfigurationError(LintMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown format 'pdf'");
    }

    @Test
    @Basedir("/unit/empty")
    @InjectMojo(goal = "lint")
    void withoutAnySpecItIsAClearConfigurationError(LintMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no OpenAPI description to lint").hasMessageContaining("src/main/openapi");
    }

    @Test
    @Basedir("/unit/default-layout")
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "failOnSeverity", value = "never")
    void findsSpecsUnderSrcMainOpenapiByDefault(LintMojo mojo) throws Exception {
        RecordingLog log = recordLog(mojo);
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("src/main/openapi/v1/api.yaml:58:27: undefined-scope"));
    }

    @Test
    @Basedir("/unit/fragments")
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "failOnSeverity", value = "never")
    void filesWithoutAnOpenapiKeyAreFragmentsLintedThroughTheDescriptionsThatReferenceThem(LintMojo mojo) throws Exception {
        RecordingLog log = recordLog(mojo);
        mojo.execute();
        assertThat(log.lines).contains("[INFO] openapi-auth: 1 file is a fragment (no openapi or swagger key), read through "
                + "the descriptions that reference them");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("common/responses.yaml:1:1: ")
                && l.contains("unauthorized-without-www-authenticate"));
        assertThat(log.lines).noneMatch(l -> l.contains("not an OpenAPI description"));
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "outputDirectory", value = "target/harness/skipped")
    void skipDoesNothing(LintMojo mojo) throws Exception {
        mojo.execute();
        assertThat(reports("skipped")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "lint", pom = """
            <project>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>openapi-auth-maven-plugin</artifactId>
                    <configuration>
                      <inputSpecs>
                        <directory>target/harness/unlistable</directory>
                      </inputSpecs>
                      <outputDirectory>target/harness/unlistable-reports</outputDirectory>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """)
    void aFolderOfSpecsThatCannotBeListedIsAnExecutionError(LintMojo mojo) throws Exception {
        Path folder = Files.createDirectories(reports("unlistable"));
        // Nested deeper than the 4096 bytes a Linux path may have, so listing fails even for root.
        String segment = "d".repeat(200);
        String deep = String.join("/", java.util.Collections.nCopies(25, segment));
        assertThat(new ProcessBuilder("mkdir", "-p", deep).directory(folder.toFile()).start().waitFor()).isZero();
        try {
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                    .hasMessageStartingWith("openapi-auth: cannot list the descriptions to lint: ")
                    .hasMessageContaining("File name too long");
        } finally {
            // Java's own file walk cannot delete what it cannot list either.
            new ProcessBuilder("rm", "-rf", folder.toString()).start().waitFor();
        }
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = "target/harness/unreadable/bad.yaml")
    @MojoParameter(name = "outputDirectory", value = "target/harness/unreadable")
    void anUnreadableSpecIsAnExecutionErrorNamingFileAndLine(LintMojo mojo) throws IOException {
        Files.createDirectories(reports("unreadable"));
        Files.writeString(reports("unreadable").resolve("bad.yaml"), "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\n");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("bad.yaml:4:").hasMessageContaining("malformed YAML");
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = "target/harness/incremental/spec/clean.yaml")
    @MojoParameter(name = "outputDirectory", value = "target/harness/incremental/reports")
    void skipsAnUnchangedRunUntilTheSpecOrAReferencedFileChanges(LintMojo mojo) throws Exception {
        Path spec = reports("incremental").resolve("spec");
        Files.createDirectories(spec);
        Files.copy(Path.of(CLEAN), spec.resolve("clean.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/unit/responses.yaml"), spec.resolve("responses.yaml"), StandardCopyOption.REPLACE_EXISTING);
        RecordingLog log = recordLog(mojo);

        mojo.execute();
        assertThat(log.lines).noneMatch(l -> l.contains("up to date"));
        log.lines.clear();
        mojo.execute();
        assertThat(log.lines).singleElement().satisfies(l -> assertThat(l).startsWith("[INFO] openapi-auth: lint is up to date"));

        // A change in a file reached only through $ref makes the run do the work again, and see the new problem.
        Path responses = spec.resolve("responses.yaml");
        Files.writeString(responses, Files.readString(responses).replace("WWW-Authenticate", "X-Reason"));
        Files.setLastModifiedTime(responses, FileTime.from(Instant.now().plusSeconds(5)));
        log.lines.clear();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("openapi-auth found 1 error");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("unauthorized-without-www-authenticate"));

        // Unchanged again: skipped, and the build still fails on the finding that is there, and shows it.
        List<String> logged = List.copyOf(log.lines);
        log.lines.clear();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("openapi-auth found 1 error");
        assertThat(log.lines).hasSize(2);
        assertThat(log.lines.get(0)).isEqualTo(logged.get(0)).startsWith("[ERROR] ").contains("unauthorized-without-www-authenticate");
        assertThat(log.lines.get(1)).contains("lint is up to date");
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "baseline", value = "target/harness/earlier/openapi-auth.json")
    @MojoParameter(name = "formats", value = "sarif,json,text,github,checkstyle,markdown,html")
    @MojoParameter(name = "outputDirectory", value = "target/harness/baseline")
    void withABaselineOnlyNewFindingsFailTheBuildAndEveryFormatIsWritten(LintMojo mojo) throws Exception {
        Path earlier = reports("earlier").resolve("openapi-auth.json");
        Files.createDirectories(earlier.getParent());
        try (Writer out = Files.newBufferedWriter(earlier)) {
            ReportFormat.JSON.reporter().write(new Linter(LintOptions.DEFAULT).lint(List.of(Path.of(VIOLATIONS))), out);
        }
        RecordingLog log = recordLog(mojo);

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: 1 file, 7 operations (6 secured): 8 errors, "
                + "7 warnings, 1 info; new: 0, fixed: 0; reports: "));
        assertThat(log.lines).noneMatch(l -> l.startsWith("[ERROR]"));
        for (String extension : List.of("sarif", "json", "txt", "github.txt", "checkstyle.xml", "md", "html")) {
            assertThat(reports("baseline").resolve("openapi-auth." + extension)).isRegularFile();
        }
    }

    @Test
    @InjectMojo(goal = "lint")
    @MojoParameter(name = "inputSpec", value = VIOLATIONS)
    @MojoParameter(name = "baseline", value = "target/harness/earlier.json")
    @MojoParameter(name = "sinceRef", value = "HEAD")
    @MojoParameter(name = "outputDirectory", value = "target/harness/both")
    void baselineAndSinceRefExcludeEachOther(LintMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("openapi-auth: baseline and sinceRef exclude each other");
    }
}
