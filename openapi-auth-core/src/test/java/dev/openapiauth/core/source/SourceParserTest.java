package dev.openapiauth.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceParserTest {
    private final SourceParser parser = new SourceParser(ParseLimits.DEFAULT);

    private MapNode parse(String name, String text) throws SourceParseException {
        return (MapNode) parser.parse(name, text.getBytes(StandardCharsets.UTF_8)).root();
    }

    @Test
    void locatesYamlKeysIncludingUnquotedStatusCodes() throws Exception {
        MapNode root = parse("a.yaml", "responses:\n  401:\n    description: no\n  '403': {description: no}\n");
        MapNode responses = (MapNode) root.get("responses");
        Member unquoted = responses.member("401");
        assertThat(unquoted.line()).isEqualTo(2);
        assertThat(unquoted.column()).isEqualTo(3);
        assertThat(responses.member("403").line()).isEqualTo(4);
    }

    @Test
    void locatesJsonKeysAndValues() throws Exception {
        MapNode root = parse("a.json", "{\n  \"paths\": {\n    \"/x\": {\"get\": {}}\n  }\n}");
        Member path = ((MapNode) root.get("paths")).member("/x");
        assertThat(path.line()).isEqualTo(3);
        assertThat(path.column()).isEqualTo(5);
        Member get = ((MapNode) path.value()).member("get");
        assertThat(get.column()).isEqualTo(12);
    }

    @Test
    void detectsJsonByContentWhateverTheName() throws Exception {
        assertThat(parser.parse("spec.txt", "  {\"a\": 1}".getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(Format.JSON);
        assertThat(parser.parse("spec.txt", "a: 1".getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(Format.YAML);
    }

    @Test
    void bytesThatAreNotUtf8AreAClearErrorButAWrittenReplacementCharacterIsText() throws Exception {
        byte[] latin1Yaml = "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse("a.yaml", latin1Yaml)).isInstanceOf(SourceParseException.class)
                .hasMessage("not UTF-8 text, not a JSON or YAML document");
        byte[] latin1Json = "{\n  \"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse("a.json", latin1Json)).isInstanceOf(SourceParseException.class)
                .hasMessageStartingWith("not UTF-8 text: byte 0xe9").extracting("line", "column").containsExactly(2, 16);
        assertThat(((ScalarNode) parse("a.yaml", "title: \uFFFD\n").get("title")).text()).isEqualTo("\uFFFD");
    }

    @Test
    void appliesYamlMergeKeysWithLocalKeysWinning() throws Exception {
        MapNode root = parse("a.yaml", "base: &base {description: shared, x: 1}\nuse:\n  <<: *base\n  x: 2\n");
        MapNode use = (MapNode) root.get("use");
        assertThat(((ScalarNode) use.get("description")).text()).isEqualTo("shared");
        assertThat(((ScalarNode) use.get("x")).text()).isEqualTo("2");
        assertThat(use.has("<<")).isFalse();
    }

    @Test
    void expandsAliasesAsIndependentCopies() throws Exception {
        MapNode root = parse("a.yaml", "a: &a {b: 1}\nc: *a\n");
        assertThat(root.get("c")).isNotSameAs(root.get("a"));
        assertThat(CanonicalText.of(root.get("c"))).isEqualTo(CanonicalText.of(root.get("a")));
    }

    @Test
    void typesPlainYamlScalarsButKeepsQuotedOnesAsStrings() throws Exception {
        MapNode root = parse("a.yaml", "n: 12\nq: '12'\nb: true\nz: ~\ns: text\n");
        assertThat(((ScalarNode) root.get("n")).kind()).isEqualTo(ScalarNode.Kind.NUMBER);
        assertThat(((ScalarNode) root.get("q")).kind()).isEqualTo(ScalarNode.Kind.STRING);
        assertThat(((ScalarNode) root.get("b")).kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
        assertThat(((ScalarNode) root.get("z")).kind()).isEqualTo(ScalarNode.Kind.NULL);
        assertThat(((ScalarNode) root.get("s")).kind()).isEqualTo(ScalarNode.Kind.STRING);
    }

    @Test
    void decodesPercentEscapesAndTildesInReferencePointers() {
        assertThat(JsonPointer.segments("/paths/~1pets~1%7Bid%7D/get")).containsExactly("paths", "/pets/{id}", "get");
        assertThat(JsonPointer.append("/paths", "/a~b")).isEqualTo("/paths/~1a~0b");
    }
}
