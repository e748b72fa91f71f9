package dev.openapiauth.lint.rules;

import dev.openapiauth.lint.finding.Severity;

/**
 * What a rule checks, for users: the catalogue, {@code openapi-auth rules}, SARIF rule metadata.
 *
 * @param severityNote how the default severity varies, when it does (empty otherwise)
 * @param description  why the rule exists
 * @param fix          what to change, in Markdown
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String severityNote, String title,
                             String description, String fix) {
}
