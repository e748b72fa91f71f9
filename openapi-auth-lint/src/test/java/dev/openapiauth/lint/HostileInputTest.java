package dev.openapiauth.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.rules.ParseError;
import dev.openapiauth.lint.rules.UnauthorizedWithoutWwwAuthenticate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descriptions from pull requests are untrusted: each of these must end quickly with a clear,
 * located parse error, never a stack trace, a hang, a network call or a leaked file.
 * The timeouts only guard against hangs; speed is measured in benchmarks.
 */
@Timeout(30)
class HostileInputTest {
    private static final String HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    @TempDir
    Path dir;

    @Test
    void neverConnectsToARemoteRefThatIsNotAllowListed() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            Thread acceptor = new Thread(() -> acceptAll(listener, connections));
            acceptor.start();
            Path spec = write("api.yaml", HEADER + operationWith401Ref("http://127.0.0.1:" + listener.getLocalPort() + "/r.yaml"));

            LintResult result = lint(spec, LintOptions.DEFAULT);

            Thread.sleep(300);
            listener.close();
            acceptor.join();
            assertThat(connections).hasValue(0);
            assertThat(parseErrors(result)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("host '127.0.0.1' is not followed");
                assertThat(f.line()).isEqualTo(10);
            });
        }
    }

    @Test
    void fetchesARemoteRefOnlyFromAnAllowListedHost() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = "description: remote 401 without header\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/r.yaml", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/r.yaml";
            Path spec = write("api.yaml", HEADER + operationWith401Ref(url));
            LoadOptions allowed = LoadOptions.DEFAULT.withAllowedRemoteHosts(Set.of("127.0.0.1"));

            LintResult result = lint(spec, new LintOptions(allowed, ModelOptions.DEFAULT, false, Set.of(), Map.of()));

            assertThat(result.findings()).extracting(Finding::rule).doesNotContain(ParseError.ID);
            assertThat(result.findings()).filteredOn(f -> f.rule().equals(UnauthorizedWithoutWwwAuthenticate.ID))
                    .singleElement().extracting(Finding::file).isEqualTo(url);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void neverReadsAFileOutsideTheRootFolder() throws Exception {
        Files.writeString(dir.resolve("secret.yaml"), "description: TOP-SECRET-CONTENT\n");
        Path spec = write("spec/api.yaml", HEADER + operationWith401Ref("../secret.yaml"));
        Path climbing = write("spec/climb.yaml", HEADER + operationWith401Ref("../../../../../../../../../../../../etc/passwd"));

        LintResult result = new Linter(LintOptions.DEFAULT).lint(List.of(spec, climbing));

        assertThat(parseErrors(result)).hasSize(2).allSatisfy(f -> {
            assertThat(f.message()).contains("points outside the root folder");
            assertThat(f.line()).isEqualTo(10);
        });
        assertThat(result.findings().toString()).doesNotContain("TOP-SECRET-CONTENT").doesNotContain("root:x:0");
    }

    @Test
    void neverFollowsASymbolicLinkOutOfTheRootFolder() throws Exception {
        Files.writeString(dir.resolve("secret.yaml"), "description: TOP-SECRET-CONTENT\n");
        Path spec = write("spec/api.yaml", HEADER + operationWith401Ref("inside.yaml"));
        Files.createSymbolicLink(dir.resolve("spec/inside.yaml"), dir.resolve("secret.yaml"));

        LintResult result = lint(spec, LintOptions.DEFAULT);

        assertThat(parseErrors(result)).singleElement().satisfies(f -> assertThat(f.message()).contains("points outside the root folder"));
        assertThat(result.findings().toString()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void followsReferencesOfADescriptionOpenedThroughALinkedFolder() throws Exception {
        write("real/api.yaml", HEADER + operationWith401Ref("responses.yaml"));
        write("real/responses.yaml", "description: no credentials\n");
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));

        LintResult result = lint(linked.resolve("api.yaml"), LintOptions.DEFAULT);

        assertThat(parseErrors(result)).isEmpty();
        assertThat(result.findings()).extracting(Finding::rule).contains(UnauthorizedWithoutWwwAuthenticate.ID);
    }

    @Test
    void stopsABillionLaughsAliasBomb() throws Exception {
        StringBuilder yaml = new StringBuilder(HEADER + "paths: {}\nx-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            yaml.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        LoadProblem problem = unreadable(write("bomb.yaml", yaml.toString()));
        assertThat(problem.message()).contains("aliases expand to more than");
        assertThat(problem.line()).isBetween(5, 14);
    }

    @Test
    void refusesARecursiveAlias() throws Exception {
        LoadProblem problem = unreadable(write("recursive.yaml", HEADER + "paths: {}\nx-loop: &loop\n  again: *loop\n"));
        assertThat(problem.message()).contains("recursive alias *loop");
        assertThat(problem.line()).isEqualTo(5);
    }

    @Test
    void refusesDeepNestingInYamlAndJson() throws Exception {
        int depth = 100_000;
        String yaml = HEADER + "x-deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        String json = "{\"openapi\": \"3.0.3\", \"x-deep\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

        assertThat(unreadable(write("deep.yaml", yaml)).message()).contains("nesting deeper than 256 levels");
        LoadProblem jsonProblem = unreadable(write("deep.json", json));
        assertThat(jsonProblem.message()).contains("nesting deeper than 256 levels");
        assertThat(jsonProblem.line()).isEqualTo(1);
    }

    @Test
    void namesTheLineOfMalformedYaml() throws Exception {
        LoadProblem problem = unreadable(write("bad.yaml", "openapi: 3.0.3\ninfo:\n  title: t\n   version: '1'\npaths: {}\n"));
        assertThat(problem.file()).endsWith("bad.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("malformed YAML");
    }

    @Test
    void namesTheLineOfMalformedJson() throws Exception {
        LoadProblem problem = unreadable(write("bad.json", "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,}\n}\n"));
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).startsWith("malformed JSON");
    }

    @Test
    void refusesABinaryFile() throws Exception {
        Path binary = dir.resolve("image.yaml");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(unreadable(binary).message()).isEqualTo("binary file, not a JSON or YAML document");
    }

    @Test
    void refusesJsonThatIsNotOpenApi() throws Exception {
        LoadProblem problem = unreadable(write("package.json", "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}"));
        assertThat(problem.message()).isEqualTo("not an OpenAPI description: no 'openapi' or 'swagger' field");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void refusesAnUnsupportedVersionAtItsField() throws Exception {
        LoadProblem problem = unreadable(write("v4.yaml", "info: {title: t}\nopenapi: 4.0.0\n"));
        assertThat(problem.message()).contains("unsupported OpenAPI version '4.0.0'");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void refusesADocumentOverTheSizeLimit() throws Exception {
        Path spec = write("big.yaml", HEADER + "paths: {}\nx-padding: '" + "x".repeat(10_000) + "'\n");
        LoadOptions small = new LoadOptions(null, Set.of(), new ParseLimits(4096, 256, 1000), LoadOptions.DEFAULT.remoteTimeout(), List.of());
        LintResult result = lint(spec, new LintOptions(small, ModelOptions.DEFAULT, false, Set.of(), Map.of()));
        assertThat(result.unreadable()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than the limit of 4096"));
    }

    @Test
    void refusesReferencesThatNameNoFileBelowTheRoot() throws Exception {
        for (String ref : List.of("?", "//host/share/x.yaml", "\\u0000", "a.yaml?x=1", "file://other/x.yaml")) {
            Path spec = write("refs/api.yaml", HEADER + operationWith401Ref(ref).replace("'" + ref + "'", "\"" + ref + "\""));

            LintResult result = lint(spec, LintOptions.DEFAULT);

            assertThat(parseErrors(result)).as(ref).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(10);
                assertThat(f.message()).containsAnyOf("is not a relative file path", "does not name a file", "uses the 'file:' scheme");
            });
        }
    }

    @Test
    void refusesSpecialFilesBeforeOpeningThem() throws Exception {
        assertThat(unreadable(Path.of("/dev/zero")).message()).startsWith("is not a regular file");
        assertThat(unreadable(dir).message()).isEqualTo("is a directory, not a document");
        Path fifo = fifo("entry.yaml");
        assertThat(unreadable(fifo).message()).startsWith("is not a regular file (a FIFO, pipe, device or socket)");

        fifo("refs/pipe.yaml");
        Path spec = write("refs/api.yaml", HEADER + operationWith401Ref("pipe.yaml"));
        assertThat(parseErrors(lint(spec, LintOptions.DEFAULT))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("pipe.yaml: is not a regular file"));
    }

    @Test
    void readsOnlyASingleYamlDocument() throws Exception {
        String example = HEADER + "paths: {}\n";
        LoadProblem indented = unreadable(write("indented.yaml", " " + example));
        assertThat(indented.line()).isEqualTo(2);
        LoadProblem ended = unreadable(write("ended.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n...\npaths:\n  /x: {}\n"));
        assertThat(ended.message()).isEqualTo("malformed YAML: expected '<document start>', but found '<block mapping start>'");
        assertThat(ended.line()).isEqualTo(4);
        LoadProblem two = unreadable(write("two.yaml", example + "---\n" + example));
        assertThat(two.message()).startsWith("a second YAML document starts here");
        assertThat(two.line()).isEqualTo(4);
    }

    @Test
    void readsOnlyASingleJsonValue() throws Exception {
        LoadProblem problem = unreadable(write("two.json", "{\"openapi\": \"3.0.3\", \"paths\": {}}\n{\"openapi\": \"3.0.3\"}\n"));
        assertThat(problem.message()).startsWith("a second JSON value");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void refusesBytesThatAreNotUtf8EvenInPartsNoRuleReads() throws Exception {
        byte[] head = "{\"openapi\": \"3.0.3\", \"paths\": {},\n \"components\": {\"schemas\": {\"S\": {\"description\": \""
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}}}}".getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            Path spec = dir.resolve("bad.json");
            Files.write(spec, concat(head, bad, tail));
            LoadProblem problem = unreadable(spec);
            assertThat(problem.message()).startsWith("not UTF-8 text");
            assertThat(problem.line()).isEqualTo(2);
        }
        Path yaml = dir.resolve("bad.yaml");
        Files.write(yaml, concat(HEADER.getBytes(StandardCharsets.UTF_8), "x-d: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xAF}));
        assertThat(unreadable(yaml).message()).startsWith("not UTF-8 text");
    }

    @Test
    void refusesDuplicateKeysInsteadOfKeepingTheLast() throws Exception {
        String responses = "      responses:\n        '401': {description: a, headers: {WWW-Authenticate: {schema: {type: string}}}}\n"
                + "        '401': {description: b}\n";
        LoadProblem yaml = unreadable(write("dup.yaml", HEADER + "paths:\n  /x:\n    get:\n" + responses));
        assertThat(yaml.message()).isEqualTo("duplicate key '401' (first at line 7): a key may appear once in a mapping");
        assertThat(yaml.line()).isEqualTo(8);
        LoadProblem json = unreadable(write("dup.json", "{\"openapi\": \"3.0.3\", \"components\": {\"schemas\": {\"A\": {},\n \"A\": {}}}}"));
        assertThat(json.message()).startsWith("duplicate key").contains("A");
        assertThat(json.line()).isEqualTo(2);
    }

    @Test
    void namesTheLimitThatALongKeyOrNumberBreaks() throws Exception {
        String key = "{\"openapi\": \"3.0.3\", \"" + "k".repeat(50_001) + "\": 1}";
        String number = "{\"openapi\": \"3.0.3\", \"x-n\": " + "9".repeat(1_001) + "}";
        assertThat(unreadable(write("key.json", key)).message()).isEqualTo("a key longer than 50000 characters (limit)");
        assertThat(unreadable(write("number.json", number)).message()).isEqualTo("a number longer than 1000 characters (limit)");
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
        return fifo;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static void acceptAll(ServerSocket listener, AtomicInteger connections) {
        while (!listener.isClosed()) {
            try (Socket ignored = listener.accept()) {
                connections.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // keep listening until the test closes the socket
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String operationWith401Ref(String ref) {
        return "security:\n  - key: []\npaths:\n  /things:\n    get:\n      responses:\n        '401':\n          $ref: '" + ref
                + "'\ncomponents:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n";
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static LintResult lint(Path spec, LintOptions options) {
        return new Linter(options).lint(List.of(spec));
    }

    private static LoadProblem unreadable(Path spec) {
        LintResult result = lint(spec, LintOptions.DEFAULT);
        assertThat(result.unreadable()).hasSize(1);
        return result.unreadable().get(0);
    }

    private static List<Finding> parseErrors(LintResult result) {
        return result.findings().stream().filter(f -> f.rule().equals(ParseError.ID)).toList();
    }
}
