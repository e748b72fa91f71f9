package dev.openapiauth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MojoTest
class GenerateMojoTest {
    private static final String SPEC = "src/test/resources/unit/petstore-auth.yaml";
    private static final Path OUT = Path.of("target/harness-generate").toAbsolutePath();

    @BeforeEach
    void startClean() throws IOException {
        Folders.delete(OUT);
    }

    private static MavenProject project(GenerateMojo mojo) throws Exception {
        var field = GenerateMojo.class.getDeclaredField("project");
        field.setAccessible(true);
        return (MavenProject) field.get(mojo);
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "output", value = "target/harness-generate/spring")
    @MojoParameter(name = "basePackage", value = "org.acme.pets")
    void writesTheAugmentedSpecTheSpringAuthLayerAndTheApiInterfaces(GenerateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.execute();

        Path out = OUT.resolve("spring");
        // The example's own Unauthorized is reused, never a second one beside it.
        assertThat(Files.readString(out.resolve("openapi/petstore-auth.yaml"))).doesNotContain("Unauthorized2");
        assertThat(out.resolve("java/org/acme/pets/auth/AuthGate.java")).isRegularFile();
        assertThat(out.resolve("java/org/acme/pets/auth/OpenApiAuthFilter.java")).content().contains("extends OncePerRequestFilter");
        assertThat(out.resolve("java/org/acme/pets/auth/OpenApiAuthGuard.java")).isRegularFile();
        assertThat(out.resolve("java/org/acme/pets/auth/OpenApiAuthEntryPoint.java"))
                .as("the project has no Spring Security, so nothing that would not compile").doesNotExist();
        assertThat(out.resolve("api/src/main/java/org/acme/pets/api/DefaultApi.java")).isRegularFile();
        assertThat(project(mojo).getCompileSourceRoots())
                .contains(out.resolve("java").toString(), out.resolve("api/src/main/java").toString());
        assertThat(log.lines).contains("[INFO] openapi-auth: reused components/responses/Unauthorized (referenced by 2 existing "
                + "401s) for the 401 of 3 operations");
        // BadRequest and a 400 on the four bearer operations without one (POST /pets, PUT and DELETE /pets/{petId}, GET /feed).
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: added 17 members"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "output", value = "target/harness-generate/security")
    @MojoParameter(name = "generateApi", value = "false")
    @MojoParameter(name = "springSecurity", value = "true")
    @MojoParameter(name = "basePackage", value = "org.acme.pets")
    void rendersTheSpringSecurityHandlersWhenAskedAndRemovesThemWhenNoLongerAsked(GenerateMojo mojo) throws Exception {
        Path auth = OUT.resolve("security/java/org/acme/pets/auth");
        mojo.execute();
        assertThat(auth.resolve("OpenApiAuthEntryPoint.java")).content().contains("implements AuthenticationEntryPoint");
        assertThat(auth.resolve("OpenApiAuthAccessDeniedHandler.java")).isRegularFile();

        var parameter = GenerateMojo.class.getDeclaredField("springSecurity");
        parameter.setAccessible(true);
        parameter.set(mojo, Boolean.FALSE);
        mojo.execute();

        assertThat(auth.resolve("OpenApiAuthEntryPoint.java")).as("a stale handler would break the compile").doesNotExist();
        assertThat(auth.resolve("OpenApiAuthFilter.java")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "output", value = "target/harness-generate/jaxrs")
    @MojoParameter(name = "flavour", value = "jaxrs")
    @MojoParameter(name = "generateApi", value = "false")
    @MojoParameter(name = "basePackage", value = "org.acme.pets")
    void rendersTheJaxrsFilterAndSkipsOpenApiGeneratorWhenAsked(GenerateMojo mojo) throws Exception {
        mojo.execute();
        Path out = OUT.resolve("jaxrs");
        assertThat(out.resolve("java/org/acme/pets/auth/OpenApiAuthFilter.java")).content().contains("@PreMatching");
        assertThat(out.resolve("java/org/acme/pets/auth/OpenApiAuthFeature.java")).content().contains("implements Feature");
        assertThat(out.resolve("api")).doesNotExist();
        assertThat(project(mojo).getCompileSourceRoots()).contains(out.resolve("java").toString())
                .doesNotContain(out.resolve("api/src/main/java").toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "output", value = "target/harness-generate/again")
    @MojoParameter(name = "flavour", value = "none")
    @MojoParameter(name = "basePackage", value = "org.acme.pets")
    void anUnchangedSecondRunSkipsButStillRegistersTheSourceRoot(GenerateMojo mojo) throws Exception {
        mojo.execute();
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        project(mojo).getCompileSourceRoots().clear();

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] openapi-auth: generated sources are up to date, nothing changed since the last run");
        assertThat(project(mojo).getCompileSourceRoots()).contains(OUT.resolve("again/java").toString());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "flavour", value = "quarkus")
    void anUnknownFlavourIsAConfigurationError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("unknown flavour 'quarkus'");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "output", value = "target/harness-generate/package")
    @MojoParameter(name = "flavour", value = "none")
    @MojoParameter(name = "basePackage", value = "org.acme-shop.2024")
    void turnsAGroupIdIntoAJavaPackage(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertThat(OUT.resolve("package/java/org/acme_shop/_2024/auth/AuthGate.java")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "inputSpec", value = "src/test/resources/unit/missing.yaml")
    void aMissingSpecIsAnExecutionError(GenerateMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("missing.yaml:1:1: cannot read file: no such file");
    }
}
