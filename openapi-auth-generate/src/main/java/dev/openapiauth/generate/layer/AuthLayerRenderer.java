package dev.openapiauth.generate.layer;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.OperationKind;
import dev.openapiauth.core.model.Requirement;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.generate.Flavour;
import dev.openapiauth.generate.contract.ChallengeCatalog;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders the framework-neutral auth layer (requirement table, credential extraction, the
 * 401/400/403 decision, challenges, problem bodies) from the project's own mustache templates and
 * the security model the linter uses.
 */
public final class AuthLayerRenderer {
    static final List<String> CORE = List.of("AuthScheme", "OperationSecurity", "PathTemplate", "RequestPaths",
            "UndecidableRequestException", "Credential", "Verification", "CredentialVerifier", "AuthRequest", "AuthDecision",
            "AuthGate", "HeaderValues");

    private static final int CHUNK = 100;

    private final DefaultMustacheFactory templates = new DefaultMustacheFactory("dev/openapiauth/templates") {
        @Override
        public void encode(String value, Writer writer) {
            // The output is Java source: values are made safe as Java literals, not HTML-escaped.
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("cannot write " + value, e);
            }
        }
    };

    /**
     * Writes the core classes and the {@code flavour}'s adapters into {@code javaRoot}, in
     * {@code basePackage}.auth, with the Spring Security handlers when {@code springSecurity}; returns the files written.
     */
    public List<Path> render(SecurityModel model, Flavour flavour, boolean springSecurity, String basePackage, String realm,
                             Path javaRoot) throws IOException {
        String packageName = basePackage + ".auth";
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("package", packageName);
        scope.put("source", model.entry().displayName());
        scope.put("schemes", schemes(model, realm));
        scope.put("chunks", chunks(operations(model)));
        Path folder = javaRoot.resolve(packageName.replace('.', '/'));
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : CORE) {
            written.add(renderOne("core/" + name, scope, folder.resolve(name + ".java")));
        }
        for (String name : flavour.adapters(springSecurity)) {
            written.add(renderOne(flavour.templateFolder() + "/" + name, scope, folder.resolve(name + ".java")));
        }
        return written;
    }

    private Path renderOne(String template, Map<String, Object> scope, Path file) throws IOException {
        Mustache mustache = templates.compile(template + ".java.mustache");
        StringWriter source = new StringWriter();
        mustache.execute(source, scope).flush();
        Files.writeString(file, source.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static List<Map<String, Object>> schemes(SecurityModel model, String realm) {
        List<Map<String, Object>> schemes = new ArrayList<>();
        for (SecurityScheme scheme : model.schemes().values()) {
            schemes.add(scheme(scheme.name(), kind(scheme), parameter(scheme), ChallengeCatalog.challenge(scheme, realm)));
        }
        // A requirement may name an undeclared scheme (a lint error): it can never be satisfied.
        for (String name : undeclared(model)) {
            schemes.add(scheme(name, "UNDECLARED", null, null));
        }
        return last(schemes);
    }

    private static Map<String, Object> scheme(String name, String kind, String parameter, String challenge) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("nameLiteral", JavaLiterals.string(name));
        scheme.put("kind", kind);
        scheme.put("parameterLiteral", JavaLiterals.string(parameter));
        scheme.put("challengeLiteral", JavaLiterals.string(challenge));
        return scheme;
    }

    private static Set<String> undeclared(SecurityModel model) {
        Set<String> names = new LinkedHashSet<>();
        for (Operation operation : model.operations()) {
            operation.security().uses().stream().map(SchemeUse::scheme).filter(s -> !model.schemes().containsKey(s)).forEach(names::add);
        }
        return names;
    }

    private static String kind(SecurityScheme scheme) {
        return switch (scheme.type()) {
            case OAUTH2, OPEN_ID_CONNECT -> "BEARER";
            case MUTUAL_TLS -> "MUTUAL_TLS";
            case UNKNOWN -> "UNDECLARED";
            case API_KEY -> switch (String.valueOf(scheme.apiKeyLocation()).toLowerCase(Locale.ROOT)) {
                case "query" -> "API_KEY_QUERY";
                case "cookie" -> "API_KEY_COOKIE";
                default -> "API_KEY_HEADER";
            };
            case HTTP -> switch (scheme.authScheme().orElse("").toLowerCase(Locale.ROOT)) {
                case "basic" -> "BASIC";
                case "bearer" -> "BEARER";
                default -> "HTTP_OTHER";
            };
        };
    }

    private static String parameter(SecurityScheme scheme) {
        if (scheme.type() == SecurityScheme.Type.API_KEY) {
            return scheme.apiKeyName();
        }
        return scheme.type() == SecurityScheme.Type.HTTP ? scheme.authScheme().orElse(null) : null;
    }

    private static List<Map<String, Object>> operations(SecurityModel model) {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (Operation operation : model.operations()) {
            if (operation.kind() != OperationKind.PATH) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("methodLiteral", JavaLiterals.string(operation.method()));
            entry.put("pathLiteral", JavaLiterals.string(operation.path()));
            entry.put("operationIdLiteral", JavaLiterals.string(operation.operationId()));
            List<Map<String, Object>> alternatives = new ArrayList<>();
            for (Requirement requirement : operation.security().alternatives()) {
                List<Map<String, Object>> uses = new ArrayList<>();
                for (SchemeUse use : requirement.schemes()) {
                    Map<String, Object> u = new LinkedHashMap<>();
                    u.put("schemeLiteral", JavaLiterals.string(use.scheme()));
                    u.put("scopeLiterals", JavaLiterals.strings(new LinkedHashSet<>(use.scopes())));
                    uses.add(u);
                }
                alternatives.add(Map.of("uses", last(uses)));
            }
            entry.put("alternatives", last(alternatives));
            operations.add(entry);
        }
        return operations;
    }

    /** Operations in parts of {@value #CHUNK} (each becomes one method of the generated table). */
    private static List<Map<String, Object>> chunks(List<Map<String, Object>> operations) {
        List<Map<String, Object>> chunks = new ArrayList<>();
        for (int from = 0; from < operations.size(); from += CHUNK) {
            List<Map<String, Object>> part = operations.subList(from, Math.min(operations.size(), from + CHUNK));
            chunks.add(Map.of("index", chunks.size(), "operations", last(part)));
        }
        return chunks;
    }

    /** Marks the last element, so templates can place separators. */
    private static List<Map<String, Object>> last(List<Map<String, Object>> items) {
        List<Map<String, Object>> marked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>(items.get(i));
            item.put("last", i == items.size() - 1);
            marked.add(item);
        }
        return marked;
    }
}
