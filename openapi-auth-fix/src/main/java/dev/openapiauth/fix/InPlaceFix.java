package dev.openapiauth.fix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openapiauth.core.source.Format;
import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.SourceFile;
import dev.openapiauth.core.source.SourceParseException;
import dev.openapiauth.core.source.SourceParser;
import dev.openapiauth.generate.contract.Addition;
import dev.openapiauth.generate.contract.Cause;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.JsonTrees;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planned contract written into the user's own files as insertions, every other character kept.
 * Each edited file is parsed again and must read exactly as the planned tree, or nothing is written.
 */
public final class InPlaceFix {
    /** A component read back holds 100 as a BigInteger where the plan built an int. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /** One file's fix: its text before and after, and the insertions between them (in the order of their offsets). */
    public record FileFix(SourceFile source, Path path, String original, String fixed, List<TextEdit> edits) {
    }

    private final ParseLimits limits;

    public InPlaceFix(ParseLimits limits) {
        this.limits = limits;
    }

    public List<FileFix> of(ContractAugmenter.Plan plan) throws UneditableDescriptionException, IOException {
        Map<URI, List<Addition>> byFile = new LinkedHashMap<>();
        for (Addition addition : plan.additions()) {
            byFile.computeIfAbsent(addition.source().uri(), uri -> new ArrayList<>()).add(addition);
        }
        List<FileFix> fixes = new ArrayList<>();
        for (List<Addition> additions : byFile.values()) {
            fixes.add(fix(additions.get(0).source(), additions, plan.edited().get(additions.get(0).source().uri())));
        }
        return fixes;
    }

    private FileFix fix(SourceFile file, List<Addition> additions, JsonNode planned) throws UneditableDescriptionException, IOException {
        if (!"file".equals(file.uri().getScheme())) {
            throw new UneditableDescriptionException(file.displayName() + " is read from a URL: the contract cannot be added to it in place");
        }
        Path path = Path.of(file.uri());
        SourceText source = new SourceText(new String(Files.readAllBytes(path), StandardCharsets.UTF_8), file.format());
        Inserter inserter = file.format() == Format.JSON ? new JsonInserter(source, jsonWriter(source, file))
                : new YamlInserter(source, yamlWriter(source, file));
        Map<String, List<NewMember>> groups = new LinkedHashMap<>();
        Map<String, Place> parents = new LinkedHashMap<>();
        Map<String, String> befores = new LinkedHashMap<>();
        for (Addition addition : additions) {
            Place parent = locate(file, addition.parent());
            if (parent == null || parent.node() instanceof MapNode map && map.has(addition.key())) {
                continue; // inside a member this fix adds whole, or already there (an empty value filled in)
            }
            String before = parent.node() instanceof MapNode map ? KeyOrder.before(keys(map), addition.key()) : null;
            String group = addition.parent() + "\u0000" + before;
            parents.putIfAbsent(group, parent);
            befores.putIfAbsent(group, before);
            groups.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(new NewMember(addition.key(), planned.at(com.fasterxml.jackson.core.JsonPointer.compile(addition.pointer())),
                            addition.cause()));
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Map.Entry<String, List<NewMember>> group : groups.entrySet()) {
            edits.add(inserter.insert(parents.get(group.getKey()), befores.get(group.getKey()), group.getValue()));
        }
        List<TextEdit> merged = merged(edits);
        String fixed = apply(source.text(), merged);
        verify(file, fixed, planned);
        return new FileFix(file, path, source.text(), fixed, merged);
    }

    /**
     * The edits in offset order, those at one offset joined into one: where a nested mapping ends and an
     * outer one gains an entry at the same line, the deeper lines come first, as they belong to the entry above.
     */
    private static List<TextEdit> merged(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparing(edit -> -leadingSpaces(edit.text())));
        List<TextEdit> merged = new ArrayList<>();
        for (TextEdit edit : sorted) {
            TextEdit previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.offset() == edit.offset()) {
                List<Cause> causes = new ArrayList<>(previous.causes());
                causes.addAll(edit.causes());
                merged.set(merged.size() - 1, new TextEdit(previous.offset(), previous.line(), previous.column(),
                        previous.text() + edit.text(), List.copyOf(causes)));
            } else {
                merged.add(edit);
            }
        }
        return List.copyOf(merged);
    }

    private static int leadingSpaces(String text) {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** Applies insertions in offset order. */
    public static String apply(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        int copied = 0;
        for (TextEdit edit : edits) {
            out.append(text, copied, edit.offset()).append(edit.text());
            copied = edit.offset();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private void verify(SourceFile file, String fixed, JsonNode planned) throws UneditableDescriptionException {
        JsonNode reread;
        try {
            reread = JsonTrees.of(new SourceParser(limits).parse(file.displayName(), fixed.getBytes(StandardCharsets.UTF_8)).root());
        } catch (SourceParseException e) {
            throw new UneditableDescriptionException("the fix of " + file.displayName() + " would not parse (" + e.getMessage()
                    + " at line " + e.line() + "); nothing was written");
        }
        String differs = difference(reread, planned, "");
        if (differs != null) {
            throw new UneditableDescriptionException("the fix of " + file.displayName() + " would change more than it adds, at #"
                    + differs + " (an anchor, an alias or a layout it cannot write into); nothing was written");
        }
    }

    /** The pointer of the first place where two trees differ, or null when they are equal. */
    private static String difference(JsonNode actual, JsonNode expected, String pointer) {
        if (actual.isObject() && expected.isObject()) {
            for (var names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String at = JsonPointer.append(pointer, name);
                String inner = actual.has(name) ? difference(actual.get(name), expected.get(name), at) : at;
                if (inner != null) {
                    return inner;
                }
            }
            return actual.size() == expected.size() ? null : pointer;
        }
        return actual.equals(NUMBERS_BY_VALUE, expected) ? null : pointer;
    }

    /** The place a pointer names in the original tree, or null where it passes through something the fix adds. */
    private static Place locate(SourceFile file, String pointer) {
        Place place = Place.root(file);
        if (pointer.isEmpty()) {
            return place;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            place = place.child(JsonPointer.unescape(segment));
            if (place == null) {
                return null;
            }
        }
        return place;
    }

    private static List<String> keys(MapNode map) {
        List<String> keys = new ArrayList<>();
        for (Member member : map.members()) {
            keys.add(member.key());
        }
        return keys;
    }

    /** The indentation step under the first top-level key with a block mapping, and the quote of the first quoted $ref. */
    private static YamlWriter yamlWriter(SourceText source, SourceFile file) {
        String unit = "  ";
        if (file.root() instanceof MapNode root) {
            for (Member member : root.members()) {
                if (member.value() instanceof MapNode map && !map.members().isEmpty() && map.line() > member.line()) {
                    unit = " ".repeat(Math.max(1, map.members().get(0).column() - member.column()));
                    break;
                }
            }
        }
        String text = source.text();
        int ref = text.indexOf("$ref: ");
        char first = ref >= 0 && ref + 6 < text.length() ? text.charAt(ref + 6) : '\'';
        char quote = first == '"' ? '"' : '\'';
        return new YamlWriter(unit, quote, first == '"' || first == '\'', source.newline());
    }

    /** The indentation of the top level's members and what stands between its first key and value. */
    private static JsonWriter jsonWriter(SourceText source, SourceFile file) {
        String unit = "  ";
        String colon = ": ";
        if (file.root() instanceof MapNode root && !root.members().isEmpty()) {
            Member first = root.members().get(0);
            if (first.line() > root.line()) {
                unit = source.indentation(first.line());
            }
            int key = source.offset(first.line(), first.column());
            int value = source.offset(first.value().line(), first.value().column());
            int keyEnd = source.text().indexOf('"', key + 1);
            String between = keyEnd > key && keyEnd < value ? source.text().substring(keyEnd + 1, value) : "";
            if (between.trim().equals(":") && between.indexOf('\n') < 0 && between.indexOf('\r') < 0) {
                colon = between;
            }
        }
        return new JsonWriter(unit.isEmpty() ? "  " : unit, colon, source.newline());
    }
}
