package dev.openapiauth.lint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.Manifest;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.core.source.Format;
import dev.openapiauth.core.source.LocatedTree;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.rules.ParseError;
import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every entry document of {@code ../shared/corpus/MANIFEST.tsv} loads and lints with no tool error,
 * and agrees with the manifest's independently computed counts; skimming what the model does not
 * read changes neither the findings nor, once built, the tree. A summary per document goes to
 * {@code target/corpus-summary.tsv}.
 */
class CorpusTest {
    private static final List<String> SUMMARY = new ArrayList<>();
    /**
     * Operations swagger-parser reads wrongly, checked by hand. DigitalOcean's upload operation is
     * {@code $ref}'d from another file and declares {@code security: []} there (public); swagger-parser
     * drops the empty list while resolving the reference and falls back to the root security.
     * MANIFEST.tsv agrees with us (658 secured, not 659).
     */
    private static final Map<String, Set<String>> SWAGGER_PARSER_MISREADS = Map.of(
            "digitalocean__openapi/specification/DigitalOcean-public.v2.yaml", Set.of("PUT /<upload_url>"));

    @TestFactory
    Stream<DynamicTest> everyManifestDocumentLintsAndMatchesTheManifest() throws IOException {
        Path corpus = SharedFiles.corpus();
        return Manifest.read(corpus.resolve("MANIFEST.tsv")).stream()
                .map(entry -> DynamicTest.dynamicTest(entry.file(), () -> check(corpus.resolve("real").resolve(entry.file()), entry)));
    }

    private static void check(Path spec, Manifest.Entry expected) throws Exception {
        long start = System.nanoTime();
        LoadedSpec loaded = new SpecLoader(LoadOptions.DEFAULT).load(spec);
        SecurityModel model = SecurityModelBuilder.build(loaded, ModelOptions.DEFAULT);
        List<Finding> findings = new Linter(LintOptions.DEFAULT).check(model);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(findings).filteredOn(f -> f.rule().equals(ParseError.ID)).isEmpty();
        List<Operation> secured = model.operations().stream().filter(op -> !op.security().isPublic()).toList();
        assertThat(model.operations()).as("operations").hasSize(expected.operations());
        assertThat(secured).as("operations with effective security").hasSize(expected.secured());
        assertThat(secured.stream().filter(op -> op.security().isOptional())).as("optional auth").hasSize(expected.optional());
        assertThat(secured.stream().filter(op -> op.unauthorized() != null)).as("secured with 401").hasSize(expected.with401());
        assertThat(secured.stream().filter(op -> op.unauthorized() != null && op.unauthorized().wwwAuthenticate() != null))
                .as("secured with 401 and WWW-Authenticate").hasSize(expected.withWwwAuthenticate());
        assertThat(secured.stream().filter(op -> op.forbidden() != null)).as("secured with 403").hasSize(expected.with403());
        Set<String> oracle = swaggerParserSecuredLabels(spec);
        oracle.removeAll(SWAGGER_PARSER_MISREADS.getOrDefault(expected.file(), Set.of()));
        assertThat(securedLabels(model)).as("secured operations according to swagger-parser").isEqualTo(oracle);

        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Finding.ORDER);
        assertThat(new Linter(LintOptions.DEFAULT).lint(List.of(spec)).findings())
                .as("findings when the parts the model does not read are skimmed").isEqualTo(ordered);
        if (loaded.entry().format() == Format.JSON) {
            Node skimmed = new Linter(LintOptions.DEFAULT).load(spec).entry().root();
            assertThat(LocatedTree.of(skimmed)).as("the skimmed tree once built").isEqualTo(LocatedTree.of(loaded.entry().root()));
        }

        Map<String, Long> perRule = findings.stream().collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));
        synchronized (SUMMARY) {
            SUMMARY.add(expected.file() + "\t" + model.operations().size() + "\t" + secured.size() + "\t" + findings.size() + "\t"
                    + Rules.descriptors().stream().map(r -> String.valueOf(perRule.getOrDefault(r.id(), 0L)))
                    .collect(Collectors.joining("\t")) + "\t" + millis);
        }
    }

    private static Set<String> securedLabels(SecurityModel model) {
        return model.operations().stream().filter(op -> !op.security().isPublic()).map(Operation::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The oracle: swagger-parser's own model, with the operation's security else the root's. */
    private static Set<String> swaggerParserSecuredLabels(Path spec) {
        ParseOptions options = new ParseOptions();
        // Only the multi-file document needs its local references resolved to see its operations.
        options.setResolve(Files.isDirectory(spec.getParent().getParent()) && spec.toString().contains("digitalocean"));
        OpenAPI api = new OpenAPIParser().readLocation(spec.toUri().toString(), null, options).getOpenAPI();
        assertThat(api).as("swagger-parser's reading of " + spec.getFileName()).isNotNull();
        Set<String> labels = new TreeSet<>();
        if (api.getPaths() == null) {
            return labels;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap().entrySet()) {
                var security = entry.getValue().getSecurity() != null ? entry.getValue().getSecurity() : api.getSecurity();
                if (security != null && !security.isEmpty()) {
                    labels.add(entry.getKey().name().toUpperCase(Locale.ROOT) + " " + path);
                }
            }
        });
        return labels;
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (SUMMARY.isEmpty()) {
            return;
        }
        String header = "file\toperations\tsecured\tfindings\t"
                + Rules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining("\t")) + "\tmillis";
        List<String> rows = new ArrayList<>(SUMMARY);
        rows.sort(null);
        rows.add(0, header);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/corpus-summary.tsv"), rows);
    }
}
