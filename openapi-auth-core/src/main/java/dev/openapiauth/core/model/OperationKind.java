package dev.openapiauth.core.model;

/** Where an operation is declared; callbacks and webhooks are linted only on request. */
public enum OperationKind { PATH, WEBHOOK, CALLBACK }
