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
    private final List<Addition> additions = new ArrayList<>();

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

    /**
     * The object under {@code key}, created (and recorded as an addition) when absent or null; a
     * description that has anything else there cannot take the contract.
     */
    ObjectNode objectChild(SourceFile file, String pointer, String key, Cause cause) throws UneditableDescriptionException {
        ObjectNode parent = object(file, pointer);
        JsonNode existing = parent.get(key);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        if (existing != null && !existing.isNull()) {
            throw new UneditableDescriptionException(file.displayName() + "#" + JsonPointer.append(pointer, key) + " is "
                    + existing.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ", not an object: the contract cannot be added to it");
        }
        ObjectNode created = parent.putObject(key);
        additions.add(new Addition(file, relative(file), pointer, key, cause));
        return created;
    }

    void put(SourceFile file, String pointer, String key, JsonNode value, Cause cause) {
        object(file, pointer).set(key, value);
        additions.add(new Addition(file, relative(file), pointer, key, cause));
    }

    /** The edited tree of every document that gained something, by its URI. */
    Map<URI, JsonNode> trees() {
        return Map.copyOf(trees);
    }

    List<Addition> additions() {
        return List.copyOf(additions);
    }

    private String relative(SourceFile file) {
        return root.relativize(Path.of(file.uri())).toString().replace('\\', '/');
    }

    /** Writes every local file of {@code plan} below its root to the same relative place below {@code output}. */
    static List<Path> write(ContractAugmenter.Plan plan, Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        for (SourceFile file : plan.files()) {
            if (!"file".equals(file.uri().getScheme())) {
                continue;
            }
            Path source = Path.of(file.uri());
            Path target = folder.resolve(plan.root().relativize(source).toString()).normalize();
            JsonNode edited = plan.edited().get(file.uri());
            if (edited != null && target.equals(source.toAbsolutePath().normalize())) {
                throw new IOException("the output folder " + output + " is the description's own folder: writing the augmented "
                        + "copy would overwrite " + file.displayName() + "; write it to another folder, or edit the "
                        + "description in place with fix");
            }
            Files.createDirectories(target.getParent());
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
