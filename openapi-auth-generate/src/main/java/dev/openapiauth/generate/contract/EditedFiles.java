package dev.openapiauth.generate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents of a description with the additions made to them. Only edited documents are
 * written anew (in their own format); the others are copied byte for byte.
 */
final class EditedFiles {
    private final Path root;
    private final Map<URI, JsonNode> trees = new HashMap<>();
    private final List<ContractAugmenter.Addition> additions = new ArrayList<>();

    /** @param root the description's root folder; files are named relative to it, as they are written */
    EditedFiles(Path root) {
        this.root = root;
    }

    /** The object at {@code pointer} in {@code file}, editable. */
    ObjectNode object(SourceFile file, String pointer) {
        JsonNode tree = trees.computeIfAbsent(file.uri(), uri -> JsonTrees.of(file.root()));
        JsonNode node = pointer.isEmpty() ? tree : tree.at(com.fasterxml.jackson.core.JsonPointer.compile(pointer));
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalStateException("no object at " + file.displayName() + "#" + pointer);
        }
        return object;
    }

    /** The object under {@code key}, created (and recorded as an addition) when absent. */
    ObjectNode objectChild(SourceFile file, String pointer, String key) {
        ObjectNode parent = object(file, pointer);
        if (parent.get(key) instanceof ObjectNode existing) {
            return existing;
        }
        ObjectNode created = parent.putObject(key);
        additions.add(new ContractAugmenter.Addition(relative(file), JsonPointer.append(pointer, key)));
        return created;
    }

    void put(SourceFile file, String pointer, String key, JsonNode value) {
        object(file, pointer).set(key, value);
        additions.add(new ContractAugmenter.Addition(relative(file), JsonPointer.append(pointer, key)));
    }

    List<ContractAugmenter.Addition> additions() {
        return List.copyOf(additions);
    }

    private String relative(SourceFile file) {
        return root.relativize(Path.of(file.uri())).toString().replace('\\', '/');
    }

    /** Writes every local file below the root to the same relative place below {@code output}. */
    List<Path> write(List<SourceFile> files, Path output) throws IOException {
        List<Path> written = new ArrayList<>();
        for (SourceFile file : files) {
            if (!"file".equals(file.uri().getScheme())) {
                continue;
            }
            Path source = Path.of(file.uri());
            Path target = output.resolve(root.relativize(source).toString()).normalize();
            Files.createDirectories(target.getParent());
            JsonNode edited = trees.get(file.uri());
            if (edited == null) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.writeString(target, JsonTrees.write(edited, file.format()), StandardCharsets.UTF_8);
            }
            written.add(target);
        }
        return written;
    }
}
