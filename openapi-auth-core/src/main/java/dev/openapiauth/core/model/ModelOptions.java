package dev.openapiauth.core.model;

/** @param includeCallbacksAndWebhooks also model operations of callbacks and (3.1) webhooks */
public record ModelOptions(boolean includeCallbacksAndWebhooks) {
    public static final ModelOptions DEFAULT = new ModelOptions(false);
}
