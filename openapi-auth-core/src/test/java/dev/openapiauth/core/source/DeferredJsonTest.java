package dev.openapiauth.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeferredJsonTest {
    /** Multi-byte text before and inside parts, parts that start mid-line and span lines, a duplicate key. */
    private static final String DOCUMENT = """
            {"title": "Café ☕", "paths": {"/a": {"get": {"parameters": [{"name": "ü", "in": "query"},
                  {"name": "b", "schema": {"type": "string", "enum": ["x\\"y", "\\u00e9"]}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object",
              "properties": {"m": {"type": "integer", "maximum": 1.5e3}, "n": {"type": "null", "x": null, "t": true}}}}}}}}}},
             "components": {"schemas": {"E": [[], {}, [{"deep": ["🙂", {"z": false}]}]]}}}
            """;
    private static final Deferral EVERY_CONTAINER = (keys, length) -> true;
    private static final Deferral SECOND_LEVEL_AND_BELOW = (keys, length) -> length >= 2;

    private static Node read(String text, Deferral deferral) throws SourceParseException {
        return new SourceParser(ParseLimits.DEFAULT, deferral).parse("a.json", text.getBytes(StandardCharsets.UTF_8)).root();
    }

    @Test
    void aDeferredPartReadsWithTheLinesColumnsAndValuesItWouldHaveHadWhole() throws Exception {
        String whole = LocatedTree.of(read(DOCUMENT, Deferral.NONE));
        assertThat(LocatedTree.of(read(DOCUMENT, EVERY_CONTAINER))).isEqualTo(whole);
        assertThat(LocatedTree.of(read(DOCUMENT, SECOND_LEVEL_AND_BELOW))).isEqualTo(whole);
        assertThat(whole).contains("/paths/~1a/get/responses/200/content/application~1json/schema/properties/n 4:67 map")
                .contains("/paths/~1a/get/parameters/1/schema/enum/0 2:59 STRING x\"y");
    }

    @Test
    void aDeferredPartIsBuiltWhenFirstReadAndNotBefore() throws Exception {
        MapNode root = (MapNode) read(DOCUMENT, SECOND_LEVEL_AND_BELOW);
        MapNode paths = (MapNode) root.get("paths");
        assertThat(paths.isDeferred()).isFalse();
        Node pathItem = paths.get("/a");
        assertThat(pathItem.isDeferred()).isTrue();
        assertThat(((MapNode) pathItem).member("get").line()).isEqualTo(1);
        assertThat(pathItem.isDeferred()).isFalse();
    }

    @Test
    void skimmedPartsAreStillCheckedWithTheErrorWhereItIs() {
        String broken = "{\"paths\": {\"/a\": {\"get\": {\"parameters\": [1,\n  ,2]}}}}";
        assertThatThrownBy(() -> read(broken, EVERY_CONTAINER)).isInstanceOf(SourceParseException.class)
                .hasMessageStartingWith("malformed JSON: Unexpected character (','")
                .extracting("line", "column").containsExactly(2, 3);
        byte[] latin1 = "{\"paths\": {\"d\": \"Caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new SourceParser(ParseLimits.DEFAULT, EVERY_CONTAINER).parse("a.json", latin1))
                .isInstanceOf(SourceParseException.class).hasMessageStartingWith("not UTF-8 text: byte 0xe9");
    }

    @Test
    void yamlIsAlwaysBuiltWhole() throws Exception {
        Node root = new SourceParser(ParseLimits.DEFAULT, EVERY_CONTAINER)
                .parse("a.yaml", "paths: &p {a: 1}\ncopy: *p\n".getBytes(StandardCharsets.UTF_8)).root();
        assertThat(((MapNode) root).get("paths").isDeferred()).isFalse();
    }
}
