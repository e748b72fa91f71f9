package dev.openapiauth.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.Manifest;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.rules.InconsistentAuthErrorSchema;
import dev.openapiauth.lint.rules.SecuredOperationWithout401;
import dev.openapiauth.lint.rules.SecuredOperationWithout403;
import dev.openapiauth.lint.rules.UnauthorizedWithoutWwwAuthenticate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus document fixed in place: the diff only adds lines (but for a flow mapping that grows
 * on its line), the file reads as planned (checked inside the fix), linting it finds none of the three
 * core findings and no new inconsistent-schema warning, and fixing it again changes nothing.
 */
class FixCorpusTest {
    private static final Set<String> CORE_RULES = Set.of(SecuredOperationWithout401.ID, SecuredOperationWithout403.ID,
            UnauthorizedWithoutWwwAuthenticate.ID);
    private static final ContractAugmenter PLANNER = new ContractAugmenter(new ContractAugmenter.Options(null, LoadOptions.DEFAULT, false, false));
    private static final InPlaceFix FIX = new InPlaceFix(ParseLimits.DEFAULT);
    private static int documents;
    private static int fixedDocuments;
    private static int added;
    private static int removed;
    private static int growths;
    private static int reused;
    private static int addedComponents;

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentIsFixedInPlace() throws IOException {
        Path corpus = SharedFiles.corpus();
        return Manifest.read(corpus.resolve("MANIFEST.tsv")).stream().map(entry -> DynamicTest.dynamicTest(entry.file(), () -> {
            Path copy = SharedFiles.copyOfCorpusDocument(entry.file(), work);
            long inconsistentBefore = findings(copy, InconsistentAuthErrorSchema.ID);

            ContractAugmenter.Plan plan = PLANNER.plan(copy);
            List<InPlaceFix.FileFix> fixes = FIX.of(plan);
            documents++;
            for (String note : plan.notes()) {
                reused += note.startsWith("reused ") ? 1 : 0;
                addedComponents += note.startsWith("added ") ? 1 : 0;
            }
            for (InPlaceFix.FileFix fix : fixes) {
                int[] counts = UnifiedDiff.counts(fix.original(), fix.fixed());
                added += counts[0];
                removed += counts[1];
                fixedDocuments++;
                growths += flowGrowths(fix);
                assertThat(counts[1]).as("lines removed").isLessThanOrEqualTo(flowGrowths(fix));
                Files.writeString(fix.path(), fix.fixed(), StandardCharsets.UTF_8);
            }

            assertThat(findings(copy, CORE_RULES)).isEmpty();
            assertThat(findings(copy, InconsistentAuthErrorSchema.ID)).isLessThanOrEqualTo(inconsistentBefore);
            assertThat(FIX.of(PLANNER.plan(copy))).isEmpty();
        }));
    }

    @AfterAll
    static void report() {
        System.out.printf("fix corpus: %d documents, %d fixed files, %d lines added, %d removed (%d flow mappings or one-line objects"
                + " grown on their line); %d components reused, %d added%n", documents, fixedDocuments, added, removed, growths, reused,
                addedComponents);
    }

    /** Edits that land inside a line (a flow mapping or a one-line JSON object growing): each changes one line. */
    private static int flowGrowths(InPlaceFix.FileFix fix) {
        int inside = 0;
        for (TextEdit edit : fix.edits()) {
            inside += edit.column() > 1 ? 1 : 0;
        }
        return inside;
    }

    private static List<Finding> findings(Path file, Set<String> rules) {
        return new Linter(LintOptions.DEFAULT).lint(List.of(file)).findings().stream().filter(f -> rules.contains(f.rule())).toList();
    }

    private static long findings(Path file, String rule) {
        return findings(file, Set.of(rule)).size();
    }
}
