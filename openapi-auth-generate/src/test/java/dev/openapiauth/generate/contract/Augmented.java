package dev.openapiauth.generate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.core.source.SourceParser;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.rules.SecuredOperationWithout401;
import dev.openapiauth.lint.rules.SecuredOperationWithout403;
import dev.openapiauth.lint.rules.UnauthorizedWithoutWwwAuthenticate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What tests check of an augmented description: that it lints clean and that it only gained things. */
final class Augmented {
    static final Set<String> CONTRACT_RULES = Set.of(SecuredOperationWithout401.ID, SecuredOperationWithout403.ID,
            UnauthorizedWithoutWwwAuthenticate.ID);

    private Augmented() {
    }

    /** Findings of the three contract rules on the output; none is expected. */
    static List<Finding> contractFindings(Path output) {
        return new Linter(LintOptions.DEFAULT).lint(List.of(output)).findings().stream()
                .filter(f -> CONTRACT_RULES.contains(f.rule()))
                .toList();
    }

    /** Findings of one rule on the output. */
    static List<Finding> findings(Path output, String rule) {
        return new Linter(LintOptions.DEFAULT).lint(List.of(output)).findings().stream()
                .filter(f -> f.rule().equals(rule))
                .toList();
    }

    /** The output, parsed, with every recorded addition removed: must equal the input, parsed. */
    static JsonNode withoutAdditions(Path output, String file, List<Addition> additions) throws Exception {
        JsonNode tree = parse(output);
        for (Addition addition : additions) {
            if (addition.file().endsWith(file)) {
                String pointer = addition.pointer();
                int slash = pointer.lastIndexOf('/');
                JsonNode parent = tree.at(com.fasterxml.jackson.core.JsonPointer.compile(pointer.substring(0, slash)));
                if (parent instanceof ObjectNode object) {
                    object.remove(JsonPointer.unescape(pointer.substring(slash + 1)));
                }
            }
        }
        return tree;
    }

    static JsonNode parse(Path file) throws Exception {
        return JsonTrees.of(new SourceParser(ParseLimits.DEFAULT).parse(file.toString(), Files.readAllBytes(file)).root());
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
