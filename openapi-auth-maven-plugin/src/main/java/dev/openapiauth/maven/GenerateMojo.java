package dev.openapiauth.maven;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.generate.Flavour;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import dev.openapiauth.jobs.GenerateJob;
import dev.openapiauth.jobs.GenerateRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the description with the standard error contract added, the auth layer that enforces it
 * (rendered from openapi-auth's own templates) and, optionally, openapi-generator's API interfaces.
 * Parameters in, {@link GenerateJob} does the work, Maven exceptions out.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

    /** The description to generate from. */
    @Parameter(property = "openapiAuth.inputSpec", required = true)
    private File inputSpec;

    /** Where the augmented description ({@code openapi/}) and the sources ({@code java/}, {@code api/}) go. */
    /** OpenAPI Overlay 1.0 documents applied, in order, to the description before the contract and the layer are made from it. */
    @Parameter
    private List<File> overlays = new ArrayList<>();

    @Parameter(property = "openapiAuth.output", defaultValue = "${project.build.directory}/generated-sources/openapi-auth")
    private File output;

    /** Adapters to render beside the framework-neutral core: spring, jaxrs or none. */
    @Parameter(property = "openapiAuth.flavour", defaultValue = "spring")
    private String flavour;

    /** Package of the generated code; the auth layer goes to {@code <basePackage>.auth}. */
    @Parameter(property = "openapiAuth.basePackage", defaultValue = "${project.groupId}")
    private String basePackage;

    /** Realm of the challenges; the description's info.title when unset. */
    @Parameter(property = "openapiAuth.realm")
    private String realm;

    /** Also run openapi-generator's spring / jaxrs-spec generator (interface-only, Jakarta) on the augmented description. */
    @Parameter(property = "openapiAuth.generateApi", defaultValue = "true")
    private boolean generateApi;

    /**
     * Render the Spring Security entry point and access-denied handler (flavour spring). Unset: exactly
     * when {@code org.springframework.security:spring-security-web} is among the project's compile
     * dependencies, since they implement its interfaces.
     */
    @Parameter(property = "openapiAuth.springSecurity")
    private Boolean springSecurity;

    /** Options passed to openapi-generator, over openapi-auth's defaults. */
    @Parameter
    private Map<String, String> configOptions = Map.of();

    /** Skips every goal of this plugin. */
    @Parameter(property = "openapiAuth.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = "openapiAuth.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    /** Adds the generated sources to the project's compile source roots. */
    @Parameter(property = "openapiAuth.addCompileSourceRoot", defaultValue = "true")
    private boolean addCompileSourceRoot;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * openapi-generator logs a line per operation and per file at INFO, which buries the build's own
     * lines; its warnings still show. Maven's logger reads a logger's level from this property when
     * the logger is made, so it is set before openapi-generator's classes load, unless the user set it
     * ({@code -Dorg.slf4j.simpleLogger.log.org.openapitools=info} brings the lines back).
     */
    private static void quietenOpenApiGenerator() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.openapitools", "warn");
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip || skipGenerate) {
            getLog().info("openapi-auth: generate skipped");
            return;
        }
        GenerateRequest request = request();
        // Registered before any up-to-date skip, so an incremental build still compiles the sources.
        if (addCompileSourceRoot) {
            request.sourceRoots().forEach(root -> project.addCompileSourceRoot(root.toString()));
        }
        quietenOpenApiGenerator();
        try {
            GenerateJob.Outcome outcome = new GenerateJob().run(request);
            if (outcome.upToDate()) {
                getLog().info("openapi-auth: generated sources are up to date, nothing changed since the last run");
                return;
            }
            outcome.notes().forEach(note -> getLog().info("openapi-auth: " + note));
            getLog().info("openapi-auth: added " + outcome.additions() + " members to the error contract of "
                    + outcome.augmentedSpec() + "; sources in " + String.join(", ",
                    request.sourceRoots().stream().map(Path::toString).toList()));
        } catch (UnreadableSpecException e) {
            throw new MojoExecutionException("openapi-auth: cannot read " + e.getMessage(), e);
        } catch (UneditableDescriptionException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("openapi-auth: cannot write to " + output + ": " + e.getMessage(), e);
        }
    }

    private GenerateRequest request() throws MojoExecutionException {
        try {
            return new GenerateRequest(inputSpec.toPath(), output.toPath(), Flavour.parse(flavour), basePackage, realm, generateApi, configOptions, springSecurity(),
                    LoadOptions.DEFAULT.withOverlays(overlays.stream().map(File::toPath).toList()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("openapi-auth: " + e.getMessage(), e);
        }
    }

    private boolean springSecurity() {
        if (springSecurity != null) {
            return springSecurity;
        }
        return project.getArtifacts().stream().anyMatch(artifact -> "org.springframework.security".equals(artifact.getGroupId())
                && "spring-security-web".equals(artifact.getArtifactId()));
    }
}
