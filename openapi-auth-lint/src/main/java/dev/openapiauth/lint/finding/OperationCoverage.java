package dev.openapiauth.lint.finding;

import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Requirement;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How one operation documents its auth errors, for the coverage report.
 *
 * @param security the effective security as users read it: {@code public}, or alternatives joined by
 *                 {@code or}, each scheme with its scopes ({@code oauth[read] and apiKey}, {@code anonymous})
 */
public record OperationCoverage(String file, int line, String pointer, String method, String path, String operationId,
                                List<String> tags, String security, boolean secured, boolean documents401,
                                boolean documents401Challenge, boolean documents403) {

    public static OperationCoverage of(Operation operation) {
        Place at = operation.place();
        Response unauthorized = operation.unauthorized();
        return new OperationCoverage(at.file().displayName(), at.line(), at.pointer(), operation.method(), operation.path(),
                operation.operationId(), tags(at), security(operation), !operation.security().isPublic(),
                unauthorized != null, unauthorized != null && unauthorized.wwwAuthenticate() != null,
                operation.forbidden() != null);
    }

    public String label() {
        return method + " " + path;
    }

    /** Where the operation is defined: equal to {@link #key(OperationRef)} of its findings' operation. */
    public String key() {
        return file + "#" + pointer;
    }

    public static String key(OperationRef operation) {
        return operation.file() + "#" + operation.pointer();
    }

    private static List<String> tags(Place operation) {
        Place tags = operation.child("tags");
        List<String> names = new ArrayList<>();
        if (tags != null && tags.isList()) {
            for (Place tag : tags.items()) {
                if (tag.node() instanceof ScalarNode scalar) {
                    names.add(scalar.text());
                }
            }
        }
        return names;
    }

    private static String security(Operation operation) {
        if (operation.security().isPublic()) {
            return "public";
        }
        StringBuilder text = new StringBuilder();
        List<Requirement> alternatives = operation.security().alternatives();
        for (int a = 0; a < alternatives.size(); a++) {
            Requirement requirement = alternatives.get(a);
            text.append(a == 0 ? "" : " or ");
            if (requirement.isAnonymous()) {
                text.append("anonymous");
                continue;
            }
            List<SchemeUse> uses = requirement.schemes();
            for (int i = 0; i < uses.size(); i++) {
                List<String> scopes = uses.get(i).scopes();
                text.append(i == 0 ? "" : " and ").append(uses.get(i).scheme());
                if (!scopes.isEmpty()) {
                    text.append('[').append(String.join(", ", scopes)).append(']');
                }
            }
        }
        return text.toString();
    }
}
