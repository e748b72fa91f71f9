package dev.openapiauth.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A spelling of an operation's path that some routers take for the same resource while a security
 * rule matching on the text may not: the bypasses the generated layer refuses (issue "fails closed").
 *
 * @param name   what was changed, as a report says it
 * @param path   the request path, exactly as it goes on the wire
 * @param method the method to send ({@code HEAD} for the HEAD variant of a GET)
 */
record PathVariant(String name, String path, String method) {

    /** The variants of {@code operationPath} (filled in, starting with {@code /}) below {@code basePath}. */
    static List<PathVariant> of(String basePath, String operationPath, String method) {
        Map<String, PathVariant> variants = new LinkedHashMap<>();
        String canonical = basePath + operationPath;
        add(variants, "trailing slash", canonical + "/", method);
        add(variants, "';' parameter on the last segment", canonical + ";openapi-auth=1", method);
        int secondSlash = operationPath.indexOf('/', 1);
        if (secondSlash > 0) {
            add(variants, "';' parameter on the first segment",
                    basePath + operationPath.substring(0, secondSlash) + ";openapi-auth=1" + operationPath.substring(secondSlash), method);
            add(variants, "empty segment inside", basePath + operationPath.substring(0, secondSlash) + "/" + operationPath.substring(secondSlash),
                    method);
        }
        int letter = firstLetter(operationPath);
        if (letter > 0) {
            add(variants, "percent-encoded letter", basePath + operationPath.substring(0, letter)
                    + PercentEncoding.encode(operationPath.substring(letter, letter + 1), c -> false) + operationPath.substring(letter + 1),
                    method);
        }
        add(variants, "empty first segment", basePath + "/" + operationPath, method);
        add(variants, "dot segment", basePath + "/." + operationPath, method);
        add(variants, "dot-dot segment", basePath + "/openapi-auth/.." + operationPath, method);
        String upper = operationPath.toUpperCase(Locale.ROOT);
        if (!upper.equals(operationPath)) {
            add(variants, "upper case", basePath + upper, method);
        }
        if (method.equals("GET")) {
            add(variants, "HEAD instead of GET", canonical, "HEAD");
        }
        variants.remove(canonical + " " + method);
        return new ArrayList<>(variants.values());
    }

    private static void add(Map<String, PathVariant> variants, String name, String path, String method) {
        variants.putIfAbsent(path + " " + method, new PathVariant(name, path, method));
    }

    /** The first ASCII letter of the path, outside percent-escapes; -1 when there is none. */
    private static int firstLetter(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                i += 2;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return i;
            }
        }
        return -1;
    }
}
