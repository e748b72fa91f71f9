package dev.openapiauth.cli;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The jar beside openapi-auth.jar that holds the probe's OpenAPI validator and its libraries: a lint never
 * opens their 8 000 entries, a probe loads them from here.
 */
final class ValidatorJar {
    static final String NAME = "openapi-auth-validator.jar";

    private ValidatorJar() {
    }

    /** A class loader over the validator jar where it is beside this command's jar, else this command's own. */
    static ClassLoader loader() {
        ClassLoader own = ValidatorJar.class.getClassLoader();
        Path jar = besideThisJar();
        if (jar == null || !Files.isRegularFile(jar)) {
            return own;
        }
        try {
            // Parent first: the probe's interfaces and the libraries both jars hold come from openapi-auth.jar.
            return new URLClassLoader(new URL[] {jar.toUri().toURL()}, own);
        } catch (MalformedURLException e) {
            return own;
        }
    }

    private static Path besideThisJar() {
        CodeSource source = ValidatorJar.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.resolveSibling(NAME) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
