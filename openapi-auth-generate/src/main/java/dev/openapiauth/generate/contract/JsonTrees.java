package dev.openapiauth.generate.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.openapiauth.core.source.Format;
import dev.openapiauth.core.source.ListNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Member;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Converts located trees to editable Jackson trees, and writes those as JSON or YAML. */
public final class JsonTrees {
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private JsonTrees() {
    }

    public static JsonNode of(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = NODES.objectNode();
            for (Member member : map.members()) {
                object.set(member.key(), of(member.value()));
            }
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = NODES.arrayNode();
            list.items().forEach(item -> array.add(of(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.kind()) {
            case STRING -> NODES.textNode(scalar.text());
            case BOOLEAN -> NODES.booleanNode(Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT)));
            case NULL -> NODES.nullNode();
            case NUMBER -> number(scalar.text());
        };
    }

    /** JSON numbers keep their exact value; YAML-only forms (0x1F, 1_000, .inf) stay as written, as text. */
    private static JsonNode number(String text) {
        if (INTEGER.matcher(text).matches()) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            return NODES.numberNode(new BigDecimal(text));
        }
        return NODES.textNode(text);
    }

    public static String write(JsonNode tree, Format format) {
        try {
            return (format == Format.JSON ? JSON : YAML).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree built from a parsed document always serialises", e);
        }
    }
}
