package dev.openapiauth.generate.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.generate.Flavour;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each flavour's adapters compile, without a warning, against the framework APIs users run them with. */
class AdaptersCompileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void rendersCodeThatCompilesAgainstTheFramework(Flavour flavour) throws Exception {
        List<Path> sources = render(flavour, true);

        assertThat(names(sources)).contains("AuthGate.java", "CredentialVerifier.java");
        if (flavour != Flavour.NONE) {
            assertThat(names(sources)).contains("OpenApiAuthFilter.java", "OpenApiAuthGuard.java");
        }
        assertThat(compile(sources, System.getProperty("java.class.path"))).isEmpty();
        assertThat(sources).allSatisfy(source -> assertThat(source.toString()).contains("org/acme/shop/auth/"));
    }

    @Test
    void theSpringFlavourCompilesWithoutSpringSecurityWhenItsHandlersAreNotAsked() throws Exception {
        List<Path> sources = render(Flavour.SPRING, false);
        String withoutSecurity = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("spring-security"))
                .collect(Collectors.joining(File.pathSeparator));

        assertThat(names(sources)).doesNotContain("OpenApiAuthEntryPoint.java", "OpenApiAuthAccessDeniedHandler.java");
        assertThat(compile(sources, withoutSecurity)).isEmpty();
        assertThat(compile(render(Flavour.SPRING, true), withoutSecurity))
                .as("the handlers do need Spring Security, so leaving them out is what makes it compile")
                .contains("org.springframework.security");
    }

    private List<Path> render(Flavour flavour, boolean springSecurity) throws Exception {
        Path spec = Path.of(AdaptersCompileTest.class.getResource("/stubs/gate.yaml").toURI());
        SecurityModel model = SecurityModelBuilder.build(new SpecLoader(LoadOptions.DEFAULT).load(spec), ModelOptions.DEFAULT);
        Path root = dir.resolve(flavour + "-" + springSecurity);
        return new AuthLayerRenderer().render(model, flavour, springSecurity, "org.acme.shop", "shop", root.resolve("src"));
    }

    /** The compiler's messages; empty when the sources compile without a warning. */
    private String compile(List<Path> sources, String classPath) {
        Path classes = sources.get(0).getParent().resolveSibling("classes-" + classPath.hashCode());
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-Xlint:all,-processing", "-Werror", "-classpath", classPath));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        return exit == 0 ? errors.toString() : "exit " + exit + ": " + errors;
    }

    private static List<String> names(List<Path> sources) {
        return sources.stream().map(source -> source.getFileName().toString()).toList();
    }
}
