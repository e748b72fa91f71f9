package dev.openapiauth.core.source;

import java.net.URI;

/**
 * One parsed document of a (possibly multi-file) description.
 *
 * @param uri         absolute identity, used to resolve relative references
 * @param displayName how users see the file in findings (relative to the working directory when below it)
 * @param format      how it was written
 * @param root        its parsed content
 */
public record SourceFile(URI uri, String displayName, Format format, Node root) {
}
