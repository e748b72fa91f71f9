package dev.openapiauth.generate.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openapiauth.core.source.SourceFile;
import java.net.URI;
import java.nio.file.Path;

/** {@code $ref} objects written in one document of a description and pointing at another place of it. */
final class References {
    private References() {
    }

    /** A reference from {@code from} to {@code target}, a local file URI, with or without a {@code #} fragment. */
    static ObjectNode to(SourceFile from, String target) {
        int hash = target.indexOf('#');
        URI file = URI.create(hash < 0 ? target : target.substring(0, hash));
        return ref(written(from, file, hash < 0 ? "" : target.substring(hash)));
    }

    /** A reference from {@code from} to {@code pointer} in {@code target}. */
    static ObjectNode to(SourceFile from, SourceFile target, String pointer) {
        return ref(written(from, target.uri(), "#" + pointer));
    }

    private static String written(SourceFile from, URI file, String fragment) {
        if (file.equals(from.uri())) {
            return fragment;
        }
        Path folder = Path.of(from.uri()).getParent();
        return folder.relativize(Path.of(file)).toString().replace('\\', '/') + fragment;
    }

    private static ObjectNode ref(String written) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("$ref", written);
        return node;
    }
}
