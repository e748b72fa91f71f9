package dev.openapiauth.core.source;

/** How a document is written; output generated from it keeps the same format. */
public enum Format { JSON, YAML }
