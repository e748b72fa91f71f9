package dev.openapiauth.jobs;

import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.generate.api.ApiGenerator;
import dev.openapiauth.generate.contract.ChallengeCatalog;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import dev.openapiauth.generate.layer.AuthLayerRenderer;
import dev.openapiauth.lint.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A build tool's generation step: the augmented description, the auth layer rendered from our
 * templates, and (optionally) openapi-generator's API interfaces, skipped when nothing changed.
 * Nothing here knows Maven.
 */
public final class GenerateJob {
    static final String STATE_FILE = ".generate-state";

    /**
     * @param upToDate      true when nothing changed and nothing was written
     * @param augmentedSpec the entry document of the augmented description
     * @param additions     members the augmentation added
     * @param notes         names already taken and the free names chosen
     */
    public record Outcome(boolean upToDate, Path augmentedSpec, int additions, List<String> notes) {
    }

    public Outcome run(GenerateRequest request) throws UnreadableSpecException, UneditableDescriptionException, IOException {
        UpToDateCheck check = new UpToDateCheck(request.output().resolve(STATE_FILE));
        String key = key(request);
        Path augmentedSpec = request.specDirectory().resolve(request.inputSpec().getFileName().toString());
        if (Files.isRegularFile(augmentedSpec) && request.sourceRoots().stream().allMatch(Files::isDirectory)) {
            var unchanged = check.unchanged(key);
            if (unchanged.isPresent()) {
                return new Outcome(true, augmentedSpec, Integer.parseInt(unchanged.get().getOrDefault("additions", "0")), List.of());
            }
        }
        ContractAugmenter.Result augmented = new ContractAugmenter(
                new ContractAugmenter.Options(request.realm(), request.load(), false, true)).augment(request.inputSpec(), request.specDirectory());
        String realm = request.realm() != null ? request.realm() : ChallengeCatalog.defaultRealm(augmented.model().entry());
        Path javaRoot = request.output().resolve("java");
        // A run with other settings must not leave adapters behind that the new settings do not render.
        deleteTree(javaRoot);
        new AuthLayerRenderer().render(augmented.model(), request.flavour(), request.springSecurity(), request.basePackage(), realm, javaRoot);
        if (request.generatesApi()) {
            new ApiGenerator().generate(augmentedSpec, request.flavour(), request.basePackage(), request.configOptions(),
                    request.output().resolve("api"));
        }
        check.record(key, augmented.inputs(), Map.of("additions", String.valueOf(augmented.additions().size())));
        return new Outcome(false, augmentedSpec, augmented.additions().size(), augmented.notes());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String key(GenerateRequest request) {
        return UpToDateCheck.sha256(String.join("\n", ToolVersion.version(),
                request.inputSpec().toAbsolutePath().normalize().toString(), request.output().toAbsolutePath().toString(),
                request.flavour().name(), request.basePackage(), String.valueOf(request.realm()),
                String.valueOf(request.generateApi()), new TreeMap<>(request.configOptions()).toString(),
                String.valueOf(request.springSecurity()),
                String.valueOf(request.load().rootDirectory()), new java.util.TreeSet<>(request.load().allowedRemoteHosts()).toString()));
    }
}
