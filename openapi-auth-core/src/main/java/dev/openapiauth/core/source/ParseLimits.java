package dev.openapiauth.core.source;

/**
 * Bounds that make parsing an untrusted document finish quickly and in bounded memory.
 *
 * @param maxBytes largest document accepted
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxAliasNodes most nodes YAML aliases may add when expanded (stops "billion laughs")
 */
public record ParseLimits(long maxBytes, int maxDepth, long maxAliasNodes) {
    public static final ParseLimits DEFAULT = new ParseLimits(128L * 1024 * 1024, 256, 1_000_000);
}
