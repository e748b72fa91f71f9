package dev.openapiauth.generate.api;

import dev.openapiauth.generate.Flavour;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs openapi-generator's {@code spring} or {@code jaxrs-spec} generator, interface-only and on
 * Jakarta EE, on the augmented description, so the API interfaces document the same 401/403 responses
 * the auth layer sends. The user's {@code configOptions} win over these defaults.
 */
public final class ApiGenerator {

    /** The generated sources' root below {@code outputDirectory}. */
    public static Path sourceRoot(Path outputDirectory) {
        return outputDirectory.resolve("src/main/java");
    }

    public List<File> generate(Path spec, Flavour flavour, String basePackage, Map<String, String> configOptions,
                               Path outputDirectory) {
        Map<String, Object> properties = new LinkedHashMap<>();
        defaults(flavour).forEach((name, value) -> properties.put(name, typed(value)));
        configOptions.forEach((name, value) -> properties.put(name, typed(value)));
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(flavour.apiGenerator())
                .setInputSpec(spec.toAbsolutePath().toString())
                .setOutputDir(outputDirectory.toAbsolutePath().toString())
                .setApiPackage(basePackage + ".api")
                .setModelPackage(basePackage + ".model")
                .setInvokerPackage(basePackage)
                .setValidateSpec(false)
                .setAdditionalProperties(properties)
                .addGlobalProperty("apis", "")
                .addGlobalProperty("models", "")
                .addGlobalProperty("supportingFiles", flavour == Flavour.SPRING ? "ApiUtil.java" : "")
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        return new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    }

    /**
     * Some generators hand options to their templates unconverted, and mustache takes the string
     * "false" for true (jaxrs-spec then emitted MicroProfile annotations nobody asked for).
     */
    private static Object typed(String value) {
        return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? Boolean.valueOf(value) : value;
    }

    private static Map<String, String> defaults(Flavour flavour) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("interfaceOnly", "true");
        defaults.put("useJakartaEe", "true");
        defaults.put("hideGenerationTimestamp", "true");
        defaults.put("openApiNullable", "false");
        defaults.put("useBeanValidation", "false");
        defaults.put("sourceFolder", "src/main/java");
        // One interface per tag in both flavours, so the same description gives the same interfaces to implement.
        defaults.put("useTags", "true");
        if (flavour == Flavour.SPRING) {
            defaults.put("useSpringBoot3", "true");
            defaults.put("documentationProvider", "none");
            defaults.put("annotationLibrary", "none");
        } else {
            defaults.put("useSwaggerAnnotations", "false");
            defaults.put("useMicroProfileOpenAPIAnnotations", "false");
            defaults.put("generatePom", "false");
            defaults.put("returnResponse", "true");
        }
        return defaults;
    }
}
