package dev.openapiauth.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The framework an auth layer is rendered for: its adapters beside the framework-neutral core, and its API generator. */
public enum Flavour {
    SPRING("spring", "spring", List.of("ServletAuthRequest", "SpringRoutes", "OpenApiAuthFilter", "OpenApiAuthGuard"),
            List.of("OpenApiAuthEntryPoint", "OpenApiAuthAccessDeniedHandler")),
    JAXRS("jaxrs", "jaxrs-spec", List.of("JaxrsAuthRequest", "OpenApiAuthFilter", "OpenApiAuthGuard", "OpenApiAuthBinding",
            "OpenApiAuthFeature"), List.of()),
    NONE("none", null, List.of(), List.of());

    private final String templateFolder;
    private final String apiGenerator;
    private final List<String> adapters;
    /** Adapters that implement Spring Security's interfaces, so they compile only where it is on the class path. */
    private final List<String> springSecurityAdapters;

    Flavour(String templateFolder, String apiGenerator, List<String> adapters, List<String> springSecurityAdapters) {
        this.templateFolder = templateFolder;
        this.apiGenerator = apiGenerator;
        this.adapters = adapters;
        this.springSecurityAdapters = springSecurityAdapters;
    }

    /** {@code spring}, {@code jaxrs} or {@code none}, in any case. */
    public static Flavour parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown flavour '" + name + "' (expected spring, jaxrs or none)");
        }
    }

    /** The folder of this flavour's templates, below the templates' root. */
    public String templateFolder() {
        return templateFolder;
    }

    /** The adapter classes to render, with the Spring Security handlers when {@code springSecurity}. */
    public List<String> adapters(boolean springSecurity) {
        List<String> names = new ArrayList<>(adapters);
        if (springSecurity) {
            names.addAll(springSecurityAdapters);
        }
        return names;
    }

    /** True when openapi-generator has a generator for this flavour's API interfaces. */
    public boolean hasApiGenerator() {
        return apiGenerator != null;
    }

    /** openapi-generator's name of the generator for this flavour's API interfaces. */
    public String apiGenerator() {
        if (apiGenerator == null) {
            throw new IllegalStateException("flavour none has no API generator");
        }
        return apiGenerator;
    }
}
