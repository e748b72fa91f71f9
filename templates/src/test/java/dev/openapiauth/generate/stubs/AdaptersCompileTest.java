package dev.openapiauth.generate.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.load.LoadOptions;
import dev.openapiauth.lint.load.SpecLoader;
import dev.openapiauth.lint.model.ModelOptions;
import dev.openapiauth.lint.model.SecurityModel;
import dev.openapiauth.lint.model.SecurityModelBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each flavour's adapters compile, without a warning, against the framework APIs users run them with. */
class AdaptersCompileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(StubRenderer.Flavour.class)
    void rendersCodeThatCompilesAgainstTheFramework(StubRenderer.Flavour flavour) throws Exception {
        Path spec = Path.of(AdaptersCompileTest.class.getResource("/stubs/gate.yaml").toURI());
        SecurityModel model = SecurityModelBuilder.build(new SpecLoader(LoadOptions.DEFAULT).load(spec), ModelOptions.DEFAULT);
        List<Path> sources = new StubRenderer().render(model, flavour, "org.acme.shop", "shop", dir.resolve("src"));

        assertThat(sources).extracting(p -> p.getFileName().toString()).contains("AuthGate.java", "CredentialVerifier.java");
        if (flavour != StubRenderer.Flavour.NONE) {
            assertThat(sources).extracting(p -> p.getFileName().toString()).contains("OpenApiAuthFilter.java");
        }
        List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "--release", "17",
                "-Xlint:all,-processing", "-Werror", "-classpath", System.getProperty("java.class.path")));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(exit).as(errors.toString()).isZero();
        assertThat(sources).allSatisfy(source -> assertThat(source.toString()).contains("org/acme/shop/auth/"));
    }
}
