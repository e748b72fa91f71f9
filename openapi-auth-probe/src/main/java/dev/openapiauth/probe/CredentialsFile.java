package dev.openapiauth.probe;

import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.core.source.ListNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.core.source.SourceParseException;
import dev.openapiauth.core.source.SourceParser;
import dev.openapiauth.probe.http.RawRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a probe may use (YAML or JSON): credentials, a list under {@code credentials}, and
 * request values per operation under {@code operations}:
 *
 * <pre>
 * credentials:
 *   - {name: admin, scheme: bearerAuth, token: '${ADMIN_TOKEN}', grants: [pets:read, pets:write]}
 *   - {name: alice, scheme: basicAuth, username: alice, password: '${ALICE_PASSWORD}', grants: [user]}
 *   - {name: key, scheme: apiKey, key: '${API_KEY}'}
 * operations:
 *   getPet: {path: {petId: '42'}, query: {verbose: 'true'}}
 *   POST /pets: {body: '{"name": "rex"}'}
 * </pre>
 *
 * A value may name an environment variable as {@code ${NAME}}; an unset one is an error, and no
 * value is ever shown. Anything it cannot use is an error naming the file and line.
 */
public final class CredentialsFile {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** A credentials file that cannot be used, said with its file and line. */
    public static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    private CredentialsFile() {
    }

    public static ProbeInputs read(Path file, SecurityModel model, Map<String, String> environment) throws InvalidException {
        Node root;
        try {
            root = new SourceParser(ParseLimits.DEFAULT).parse(file.toString(), Files.readAllBytes(file)).root();
        } catch (IOException e) {
            throw new InvalidException("cannot read credentials file " + file + ": " + e.getMessage());
        } catch (SourceParseException e) {
            throw new InvalidException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        if (!(root instanceof MapNode map) || !(map.get("credentials") instanceof ListNode) && !(map.get("operations") instanceof MapNode)) {
            throw new InvalidException(file + ":" + root.line() + ": a credentials file holds a list under 'credentials' "
                    + "and request values under 'operations'");
        }
        List<Credential> credentials = new ArrayList<>();
        if (map.get("credentials") instanceof ListNode entries) {
            for (Node entry : entries.items()) {
                if (!(entry instanceof MapNode fields)) {
                    throw new InvalidException(file + ":" + entry.line() + ": each credential is a mapping");
                }
                credentials.add(credential(file, fields, model, environment));
            }
        }
        Map<String, RequestValues> operations = new LinkedHashMap<>();
        if (map.get("operations") instanceof MapNode values) {
            for (Member operation : values.members()) {
                operations.put(operation.key(), requestValues(file, operation, model, environment));
            }
        }
        return new ProbeInputs(credentials, operations);
    }

    private static RequestValues requestValues(Path file, Member operation, SecurityModel model, Map<String, String> environment)
            throws InvalidException {
        String where = file + ":" + operation.line();
        boolean known = model.operations().stream()
                .anyMatch(o -> operation.key().equals(o.operationId()) || operation.key().equals(o.label()));
        if (!known) {
            throw new InvalidException(where + ": operation '" + operation.key() + "' is not in the description (name it by its "
                    + "operationId or as METHOD /path)");
        }
        if (!(operation.value() instanceof MapNode fields)) {
            throw new InvalidException(where + ": the values of an operation are a mapping of path, query and body");
        }
        Node body = fields.get("body");
        return new RequestValues(parameters(fields, "path", where, environment), parameters(fields, "query", where, environment),
                body == null ? null : text(fields, "body", where, environment, false));
    }

    private static Map<String, String> parameters(MapNode fields, String in, String where, Map<String, String> environment)
            throws InvalidException {
        Map<String, String> values = new LinkedHashMap<>();
        Node parameters = fields.get(in);
        if (parameters == null) {
            return values;
        }
        if (!(parameters instanceof MapNode named)) {
            throw new InvalidException(where + ": '" + in + "' maps parameter names to values");
        }
        for (Member parameter : named.members()) {
            values.put(parameter.key(), text(named, parameter.key(), where, environment, true));
        }
        return values;
    }

    private static Credential credential(Path file, MapNode fields, SecurityModel model, Map<String, String> environment)
            throws InvalidException {
        String where = file + ":" + fields.line();
        String name = text(fields, "name", where, environment, false);
        String schemeName = text(fields, "scheme", where, environment, false);
        SecurityScheme scheme = model.schemes().get(schemeName);
        if (scheme == null) {
            throw new InvalidException(where + ": credential '" + name + "' is for scheme '" + schemeName
                    + "', which the description does not declare");
        }
        Set<String> grants = grants(fields, where);
        return switch (scheme.type()) {
            case OAUTH2, OPEN_ID_CONNECT -> new Credential(name, schemeName,
                    secret("Authorization", "Bearer " + text(fields, "token", where, environment, true)), null, grants);
            case HTTP -> switch (scheme.authScheme().orElse("")) {
                case "Basic" -> new Credential(name, schemeName, secret("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (text(fields, "username", where, environment, true) + ":" + text(fields, "password", where, environment, true))
                                .getBytes(StandardCharsets.UTF_8))), null, grants);
                default -> new Credential(name, schemeName,
                        secret("Authorization", scheme.authScheme().orElse("Bearer") + " " + text(fields, "token", where, environment, true)),
                        null, grants);
            };
            case API_KEY -> apiKey(scheme, name, text(fields, "key", where, environment, true), grants, where);
            case MUTUAL_TLS, UNKNOWN -> throw new InvalidException(where + ": scheme '" + schemeName
                    + "' is not one a probe can send (mutualTLS or an unknown type)");
        };
    }

    private static Credential apiKey(SecurityScheme scheme, String name, String key, Set<String> grants, String where)
            throws InvalidException {
        String keyName = scheme.apiKeyName();
        return switch (String.valueOf(scheme.apiKeyLocation())) {
            case "header" -> new Credential(name, scheme.name(), secret(keyName, key), null, grants);
            case "cookie" -> new Credential(name, scheme.name(), secret("Cookie", keyName + "=" + key), null, grants);
            case "query" -> new Credential(name, scheme.name(), null, PercentEncoding.encode(keyName) + "=" + PercentEncoding.encode(key), grants);
            default -> throw new InvalidException(where + ": apiKey scheme '" + scheme.name() + "' says neither header, query nor cookie");
        };
    }

    private static RawRequest.Header secret(String name, String value) {
        return new RawRequest.Header(name, value, true);
    }

    private static Set<String> grants(MapNode fields, String where) throws InvalidException {
        Node grants = fields.get("grants");
        Set<String> values = new LinkedHashSet<>();
        if (grants == null) {
            return values;
        }
        if (!(grants instanceof ListNode list)) {
            throw new InvalidException(where + ": 'grants' is a list of scopes or roles");
        }
        for (Node item : list.items()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new InvalidException(where + ": 'grants' is a list of scopes or roles");
            }
            values.add(scalar.text());
        }
        return values;
    }

    /** A field's text with {@code ${NAME}} taken from the environment; the value itself is never put in a message. */
    private static String text(MapNode fields, String key, String where, Map<String, String> environment, boolean secret)
            throws InvalidException {
        if (!(fields.get(key) instanceof ScalarNode scalar) || scalar.text().isEmpty()) {
            throw new InvalidException(where + ": the credential needs '" + key + "'");
        }
        Matcher variables = VARIABLE.matcher(scalar.text());
        StringBuilder value = new StringBuilder();
        while (variables.find()) {
            String set = environment.get(variables.group(1));
            if (set == null) {
                throw new InvalidException(file(where) + ":" + scalar.line() + ": environment variable " + variables.group(1)
                        + " is not set");
            }
            variables.appendReplacement(value, Matcher.quoteReplacement(set));
        }
        variables.appendTail(value);
        if (secret && value.toString().chars().anyMatch(c -> c < ' ')) {
            throw new InvalidException(file(where) + ":" + scalar.line() + ": '" + key + "' holds a control character");
        }
        return value.toString();
    }

    private static String file(String where) {
        return where.substring(0, where.lastIndexOf(':'));
    }
}
