package dev.openapiauth.maven;

import dev.openapiauth.jobs.SpecFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read a project's descriptions share: which descriptions, and how to load them. */
abstract class DescriptionsMojo extends AbstractMojo {

    /** One description. */
    @Parameter(property = "openapiAuth.inputSpec")
    private File inputSpec;

    /** Descriptions: {@code directory}, {@code includes}, {@code excludes} (globs). */
    @Parameter
    private SpecFileSet inputSpecs;

    /** Skips every goal of this plugin. */
    @Parameter(property = "openapiAuth.skip", defaultValue = "false")
    protected boolean skip;

    /** Also cover operations of webhooks and callbacks. */
    @Parameter(property = "openapiAuth.includeWebhooks", defaultValue = "false")
    protected boolean includeWebhooks;

    /** Hosts whose http/https $refs may be fetched; none by default. */
    @Parameter(property = "openapiAuth.allowedRemoteRefHosts")
    protected List<String> allowedRemoteRefHosts = new ArrayList<>();

    /**
     * OpenAPI Overlay 1.0 documents applied, in order, to each description before it is read: declare the
     * schemes, requirements and roles a description you do not own lacks.
     */
    @Parameter
    private List<File> overlays = new ArrayList<>();

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * The entry documents: {@code inputSpec}, the {@code inputSpecs} fileset, else every description under
     * {@code src/main/openapi}. Files a fileset or that folder holds without an {@code openapi} or
     * {@code swagger} key are fragments, read through the descriptions that reference them.
     *
     * @param job what the goal does to them, for messages ("lint")
     */
    protected List<Path> specs(String job) throws MojoExecutionException {
        try {
            return discoveredSpecs(job);
        } catch (IOException e) {
            throw new MojoExecutionException("openapi-auth: cannot list the descriptions to " + job + ": " + e.getMessage(), e);
        }
    }

    private List<Path> discoveredSpecs(String job) throws MojoExecutionException, IOException {
        Set<Path> specs = new LinkedHashSet<>();
        List<Path> scanned = new ArrayList<>();
        if (inputSpec != null) {
            specs.add(absolute(inputSpec));
        }
        if (inputSpecs != null) {
            if (inputSpecs.getDirectory() == null) {
                throw new MojoExecutionException("openapi-auth: inputSpecs needs a <directory>");
            }
            scanned.addAll(SpecFiles.scan(absolute(inputSpecs.getDirectory()), inputSpecs.getIncludes(), inputSpecs.getExcludes()));
        }
        if (inputSpec == null && inputSpecs == null) {
            scanned.addAll(SpecFiles.scan(basedir.toPath().resolve(SpecFiles.DEFAULT_DIRECTORY), List.of(), List.of()));
        }
        int fragments = 0;
        for (Path file : scanned) {
            if (SpecFiles.isFragment(file)) {
                fragments++;
                getLog().debug("openapi-auth: " + file + " has no openapi or swagger key: a fragment, read where it is referenced");
            } else {
                specs.add(file);
            }
        }
        if (fragments > 0) {
            getLog().info("openapi-auth: " + fragments + (fragments == 1 ? " file is a fragment" : " files are fragments")
                    + " (no openapi or swagger key), read through the descriptions that reference them");
        }
        if (specs.isEmpty()) {
            throw new MojoExecutionException("openapi-auth: no OpenAPI description to " + job + ". Set <inputSpec> (or "
                    + "-DopenapiAuth.inputSpec=FILE) or <inputSpecs>, or put descriptions under " + SpecFiles.DEFAULT_DIRECTORY
                    + (inputSpecs != null ? "; the inputSpecs fileset matched no description" : ""));
        }
        return List.copyOf(specs);
    }

    protected List<Path> overlays() {
        List<Path> paths = new ArrayList<>();
        for (File overlay : overlays) {
            paths.add(absolute(overlay));
        }
        return paths;
    }

    protected Path absolute(File file) {
        Path path = file.toPath();
        return (path.isAbsolute() ? path : basedir.toPath().resolve(path)).normalize();
    }
}
