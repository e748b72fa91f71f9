package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.generate.Flavour;
import dev.openapiauth.generate.api.ApiGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a generate step is asked to do.
 *
 * @param basePackage    a Java package, or a name made one (a groupId such as {@code org.acme-shop})
 * @param realm          null for the description's info.title
 * @param generateApi    also run openapi-generator for the flavour's API interfaces
 * @param configOptions  passed to openapi-generator
 * @param springSecurity also render the Spring Security entry point and access-denied handler (spring flavour)
 */
public record GenerateRequest(Path inputSpec, Path output, Flavour flavour, String basePackage, String realm,
                              boolean generateApi, Map<String, String> configOptions, boolean springSecurity, LoadOptions load) {

    public GenerateRequest {
        basePackage = javaPackage(basePackage);
        configOptions = Map.copyOf(configOptions);
    }

    /** Where the augmented description is written. */
    public Path specDirectory() {
        return output.resolve("openapi");
    }

    /** The Java source roots this request produces, known before any work (build tools register them first). */
    public List<Path> sourceRoots() {
        List<Path> roots = new ArrayList<>(List.of(output.resolve("java")));
        if (generatesApi()) {
            roots.add(ApiGenerator.sourceRoot(output.resolve("api")));
        }
        return roots;
    }

    boolean generatesApi() {
        return generateApi && flavour.hasApiGenerator();
    }

    /** Characters a package cannot hold become {@code _}, and a part that starts with a digit gets one before it. */
    private static String javaPackage(String name) {
        StringBuilder cleaned = new StringBuilder();
        for (String part : name.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!cleaned.isEmpty()) {
                cleaned.append('.');
            }
            if (part.charAt(0) >= '0' && part.charAt(0) <= '9') {
                cleaned.append('_');
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
                cleaned.append(kept ? c : '_');
            }
        }
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("basePackage '" + name + "' is not a Java package");
        }
        return cleaned.toString();
    }
}
