package dev.openapiauth.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader against SnakeYAML, the oracle: wherever it reads a text, it gives the very tree
 * SnakeYAML's events give (values, kinds, lines, columns, key positions); everything else it leaves.
 */
class BlockYamlReaderTest {
    private static final ParseLimits LIMITS = ParseLimits.DEFAULT;

    @Test
    void readsEveryYamlDescriptionOfTheCorpusExactlyAsSnakeYamlDoes() throws Exception {
        List<String> left = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.list(SharedFiles.corpus().resolve("real"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    if (agreesWithSnakeYaml(Files.readString(file), name)) {
                        read++;
                    } else {
                        left.add(name);
                    }
                }
            }
        }
        System.out.println("BlockYamlReader read " + read + " corpus descriptions itself, left to SnakeYAML: " + left);
        assertThat(left).as("corpus descriptions left to SnakeYAML").isEmpty();
    }

    /** Texts the fast reader reads itself: every construct it supports, in the ways descriptions write them. */
    static Stream<String> readable() {
        return Stream.of(
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n",
        "--- # a description\na: 1\nb: -2.5e3\nc: 0x1F\nd: ~\ne: true\nf: 'it''s'\ng: \"tab\\there \\u00e9 \\\" \\\\\"\n",
        "a:\n  - x\n  - y: 1\n    z: [1, 'two', {three: 3}]\n  -\n  - last\n",
        "a:\n- indentless\n- y: 2\nb: {}\nc: []\nd:\n",
        "a: |\n  line one\n\n  line three\n    indented\nb: >-\n  folded\n  text\n\n  new paragraph\n   more\nc: |+\n  kept\n\n\nd: x\n",
        "paths:\n  /pets:  # a comment\n    get:\n      responses:\n        '200': {description: ok}\n        \"401\":\n          $ref: '#/components/responses/Unauthorized'\n",
        "a: http://example.com/x#frag\nb: value # comment\nc: a#b\nd: 'x' # c\ne: [a b, c]\nf: -x\ng: ?q\nh: :x\n",
        "a: >\n\n  after an empty line\nb: |\n  # not a comment\n# a comment\nc: 1\n",
        "key :  spaced\n\"q k\":  v\n",
        "a:\n  b:\n    c:\n      d: deep\n  e: back\nf:\n  plain on its own line\ng:\n  - |\n    in a list\n",
        "openapi: 3.0.3\ncomponents:\n  schemas:\n    A:\n      type: object\n      description: |\n        skimmed\n  parameters:\n    p:\n      name: x\n"
            + "paths:\n  /a:\n    parameters:\n    - name: q\n      in: query\n    get:\n      parameters:\n        - {name: r}\n"
            + "      responses:\n        '200':\n          content:\n            application/json:\n              schema:\n"
            + "                type: string\n                enum: [a, 'b']\n",
        "a: multi\n  line plain\n\n  with a paragraph\nc:\n  - item that\n    goes on\n",
        "a: \"multi\n  line \\\n  quoted\n\n  twice\"\nb: 'single\n  quoted'\n",
        "a: [1,\n  2, # comment\n  {b: c,\n   d: e,},\n  ]\nb:\n  {\n    \"k\": [\"v\"]\n  }\n",
        "a: |2-\n\n    two more\n  than a\nb: >+1\n  x\n\nc: |2\n   x\n",
        "cl\u00e9: v\u00e4lue\n\u043a\u043b\u044e\u0447: {\u00e9: '\u00e8', b: [\u20ac, \"\u20ac x\"]}\n\u00fc: |\n  \u00e4\u00f6\n\u00f6:\n",
        "\"\ud83d\ude00\": {a: 1, b: \ud83d\ude00 x}\nk: '\ud83d\ude00' # \u00e9\n\u00e9: \"\\u00e9 \\\\ \u00e9\"\n"
        );
    }

    @ParameterizedTest
    @MethodSource("readable")
    void readsWhatItCanExactlyAsSnakeYamlDoes(String yaml) throws Exception {
        assertThat(agreesWithSnakeYaml(yaml, "inline")).as("read by the fast reader").isTrue();
    }

    /**
     * What a hostile description could be made of: each readable text changed at random places, in a seeded run.
     * Whatever the fast reader reads, SnakeYAML reads to the very same tree; what SnakeYAML refuses, the fast
     * reader leaves to it.
     */
    @Test
    void readsAChangedTextOnlyAsSnakeYamlDoes() throws Exception {
        String[] pieces = {" ", "  ", "\n", "\n  ", "\n- ", "- ", ": ", ":", "#", " #", "'", "\"", "\\", "[", "]", "{", "}", ",", "|",
            ">", "|-", ">+", "|2", "&a ", "*a", "!", "?", "? ", "%", "@", "`", "\u00e9", "\ud83d\ude00", "\t", "\r", "0", "x", "~", "---",
            "...", "\u0085", "\u2028", "\ufeff", "<<: "};
        List<String> seeds = readable().toList();
        Random random = new Random(20261204);
        int read = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            for (int change = 1 + random.nextInt(3); change > 0; change--) {
                int at = random.nextInt(text.length() + 1);
                String piece = pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, piece);
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
                    default -> text.replace(at, Math.min(text.length(), at + 1), piece);
                }
            }
            // A cut through a character pair becomes U+FFFD in both, as it would in a file.
            String yaml = new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            if (agreesWithSnakeYaml(yaml, "changed text " + i + " " + yaml.replace("\n", "\\n"))) {
                read++;
            }
        }
        assertThat(read).as("changed texts the fast reader read itself").isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a:\n  - - nested\n",
        "a: \"x\\/y\"\n",
        "a: \"less\nindented\"\n",
        "a: [1,\n2]\n",
        "a: &anchor 1\nb: *anchor\n",
        "a: !tag x\n",
        "<<: {a: 1}\n",
        "? complex\n: key\n",
        "a:\tb\n",
        "a: b\r\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "- top level list\n",
        "just a scalar\n",
        "",
        "%YAML 1.1\n---\na: 1\n",
        "a: \"\\q\"\n",
        "a: 'unclosed\n",
        "a: 1\n b: 2\n",
        "a:\n  - x\n  b: 1\n",
        "a: {b: 1, b: 2}\n",
        "a: [a: 1]\n",
        "a: @x\n",
        "a: 1\n...\n",
        "a:\n  b: 1\n...  c: 2\n",
        "...  a: 1\n",
        "--- \n---  a: 1\n",
        "\ufeffa: 1\n",
        "a: \u0085\n",
        "a: \u2028\n",
        "a: \ufffe\n",
        "a: \u007f\n",
    })
    void leavesEverythingElseToSnakeYaml(String yaml) {
        assertThat(BlockYamlReader.read(utf8(yaml), LIMITS)).isNull();
    }

    @Test
    void leavesTextDeeperThanTheLimitToSnakeYaml() {
        String deep = "a:\n  b:\n    c:\n      d: 1\n";
        assertThat(BlockYamlReader.read(utf8(deep), new ParseLimits(1 << 20, 4, 1000))).isNotNull();
        assertThat(BlockYamlReader.read(utf8(deep), new ParseLimits(1 << 20, 3, 1000))).isNull();
    }

    @Test
    void leavesBytesThatAreNotUtf8ToSnakeYaml() {
        assertThat(BlockYamlReader.read(new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'}, LIMITS)).isNull();
        assertThat(BlockYamlReader.read(new byte[] {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}, LIMITS)).isNull();
        assertThat(BlockYamlReader.read(new byte[] {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'}, LIMITS)).isNull();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the fast reader read {@code yaml} and built SnakeYAML's tree; false when it left it. */
    private static boolean agreesWithSnakeYaml(String yaml, String name) throws IOException, SourceParseException {
        Node fast = BlockYamlReader.read(utf8(yaml), LIMITS);
        if (fast == null) {
            return false;
        }
        Node snake;
        try {
            snake = new YamlTreeReader(LIMITS).read(yaml);
        } catch (SourceParseException e) {
            throw new AssertionError("the fast reader read " + name + ", which SnakeYAML refuses: " + e.getMessage(), e);
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        flatten(snake, "", expected);
        flatten(fast, "", actual);
        assertThat(actual).as("tree of %s", name).containsExactlyElementsOf(expected);
        return true;
    }

    /** One line per node: its pointer, position, kind and value; members also with their key's position. */
    private static void flatten(Node node, String pointer, List<String> into) {
        String at = pointer + " @" + node.line() + ":" + node.column();
        if (node instanceof MapNode map) {
            into.add(at + " map");
            for (Member member : map.members()) {
                into.add(pointer + "/" + member.key() + " key@" + member.line() + ":" + member.column());
                flatten(member.value(), pointer + "/" + member.key(), into);
            }
        } else if (node instanceof ListNode list) {
            into.add(at + " list");
            for (int i = 0; i < list.items().size(); i++) {
                flatten(list.items().get(i), pointer + "/" + i, into);
            }
        } else {
            ScalarNode scalar = (ScalarNode) node;
            into.add(at + " " + scalar.kind() + " " + scalar.text().replace("\n", "\\n"));
        }
    }
}
