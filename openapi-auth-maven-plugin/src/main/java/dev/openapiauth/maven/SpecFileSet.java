package dev.openapiauth.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** The {@code inputSpecs} parameter: a folder and glob patterns relative to it. */
public class SpecFileSet {
    /** Folder to search; relative folders are taken from the project's base directory. */
    private File directory;
    /** Glob patterns of files to lint; {@code **}{@code /*.yaml}, {@code **}{@code /*.yml}, {@code **}{@code /*.json} when none. */
    private List<String> includes = new ArrayList<>();
    /** Glob patterns of files to leave out. */
    private List<String> excludes = new ArrayList<>();

    public File getDirectory() {
        return directory;
    }

    public void setDirectory(File directory) {
        this.directory = directory;
    }

    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = includes;
    }

    public List<String> getExcludes() {
        return excludes;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes;
    }
}
