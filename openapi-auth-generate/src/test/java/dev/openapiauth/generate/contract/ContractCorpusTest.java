package dev.openapiauth.generate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.Manifest;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.core.load.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every document of the corpus: the augmented description lints with no 401, 403 or
 * WWW-Authenticate finding, and augmenting it again adds nothing.
 */
class ContractCorpusTest {
    @TempDir
    static Path output;

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentGetsACompleteContract() throws IOException {
        Path corpus = SharedFiles.corpus();
        ContractAugmenter augmenter = new ContractAugmenter(new ContractAugmenter.Options(null, LoadOptions.DEFAULT, false, true));
        return Manifest.read(corpus.resolve("MANIFEST.tsv")).stream().map(entry -> DynamicTest.dynamicTest(entry.file(), () -> {
            Path spec = corpus.resolve("real").resolve(entry.file());
            Path once = output.resolve("once").resolve(entry.file().replace('/', '_'));
            Path twice = output.resolve("twice").resolve(entry.file().replace('/', '_'));

            ContractAugmenter.Result first = augmenter.augment(spec, once);
            assertThat(first.problems()).isEmpty();
            Path augmented = once.resolve(spec.getFileName().toString());
            assertThat(Augmented.contractFindings(augmented)).isEmpty();

            ContractAugmenter.Result second = augmenter.augment(augmented, twice);
            assertThat(second.additions()).isEmpty();
            assertThat(Files.mismatch(augmented, twice.resolve(spec.getFileName().toString()))).isEqualTo(-1L);
        }));
    }
}
