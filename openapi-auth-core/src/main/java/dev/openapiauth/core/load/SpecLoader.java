package dev.openapiauth.core.load;

import dev.openapiauth.core.source.Deferral;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Overlay;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.core.source.SourceFile;
import dev.openapiauth.core.source.SourceParseException;
import dev.openapiauth.core.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an entry document safely and checks that it is a Swagger 2.0 or OpenAPI 3.0/3.1 description. */
public final class SpecLoader {
    private final LoadOptions options;
    private final SourceParser parser;

    public SpecLoader(LoadOptions options) {
        this(options, Deferral.NONE);
    }

    /** @param deferral JSON parts the caller will seldom read (see {@link Deferral}) */
    public SpecLoader(LoadOptions options, Deferral deferral) {
        this.options = options;
        this.parser = new SourceParser(options.limits(), deferral);
    }

    public LoadedSpec load(Path entryPath) throws UnreadableSpecException {
        Path entry = entryPath.toAbsolutePath().normalize();
        Path root = options.rootDirectory() != null ? options.rootDirectory() : entry.getParent();
        DocumentStore store = new DocumentStore(parser, new RefPolicy(realPath(root), options.allowedRemoteHosts()),
                new RemoteDocuments(options.remoteTimeout(), options.limits().maxBytes()));
        SourceFile file = store.readEntry(entry);
        for (Path overlay : options.overlays()) {
            apply(overlay, file);
        }
        return new LoadedSpec(versionOf(file), file, store);
    }

    private void apply(Path overlayPath, SourceFile file) throws UnreadableSpecException {
        String name = DisplayNames.of(overlayPath.toAbsolutePath().normalize());
        try {
            Overlay.of(name, parser.parse(name, Files.readAllBytes(overlayPath)).root()).applyTo(file);
        } catch (SourceParseException e) {
            throw new UnreadableSpecException(new LoadProblem(name, e.line(), e.column(), "", e.getMessage()));
        } catch (Overlay.InvalidException e) {
            throw new UnreadableSpecException(new LoadProblem(name, e.line(), e.column(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UnreadableSpecException(new LoadProblem(name, 1, 1, "", "cannot read overlay: "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName())));
        }
    }

    private static Path realPath(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static SpecVersion versionOf(SourceFile file) throws UnreadableSpecException {
        if (!(file.root() instanceof MapNode root)) {
            throw notOpenApi(file, file.root().line(), file.root().column(), "not an OpenAPI description: the document is not a mapping");
        }
        Member openapi = root.member("openapi");
        Member swagger = root.member("swagger");
        if (openapi != null) {
            String version = text(openapi);
            if (version.startsWith("3.0")) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (version.startsWith("3.1")) {
                return SpecVersion.OPENAPI_3_1;
            }
            throw notOpenApi(file, openapi.line(), openapi.column(),
                    "unsupported OpenAPI version '" + version + "' (supported: Swagger 2.0, OpenAPI 3.0 and 3.1)");
        }
        if (swagger != null) {
            if (text(swagger).equals("2.0")) {
                return SpecVersion.SWAGGER_2_0;
            }
            throw notOpenApi(file, swagger.line(), swagger.column(),
                    "unsupported Swagger version '" + text(swagger) + "' (supported: Swagger 2.0, OpenAPI 3.0 and 3.1)");
        }
        throw notOpenApi(file, root.line(), root.column(), "not an OpenAPI description: no 'openapi' or 'swagger' field");
    }

    private static String text(Member member) {
        return member.value() instanceof ScalarNode scalar ? scalar.text() : "";
    }

    private static UnreadableSpecException notOpenApi(SourceFile file, int line, int column, String message) {
        return new UnreadableSpecException(new LoadProblem(file.displayName(), line, column, "", message));
    }
}
