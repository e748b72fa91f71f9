package dev.openapiauth.core.source;

/**
 * Which JSON objects and arrays are only skimmed while a document is parsed: checked for syntax,
 * but turned into a tree the first time something looks inside them. A choice of speed only; a
 * deferred subtree reads exactly like one built at once.
 */
@FunctionalInterface
public interface Deferral {
    /** Everything is built at once. A class, not a lambda, as the lint path links none (ColdStartClassesTest). */
    Deferral NONE = new Deferral() {
        @Override
        public boolean defer(String[] keys, int length) {
            return false;
        }
    };

    /**
     * @param keys   the keys from the root to the container, {@code ""} for a list item
     * @param length how many of {@code keys} are the container's path (at least 1; the root is never deferred)
     */
    boolean defer(String[] keys, int length);
}
