package dev.openapiauth.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case is a description whose other operation already references Unauthorized (with its header)
 * and Forbidden, so the fix of {@code /a} is two references; the expected text was written by hand.
 */
class InPlaceFixTest {
    private static final String COMPONENTS = """
            components:
              securitySchemes:
                key: {type: apiKey, in: header, name: X-Key}
              responses:
                Unauthorized:
                  description: no
                  headers: {WWW-Authenticate: {schema: {type: string}}}
                Forbidden: {description: no}
            """;
    private static final String OTHER = """
              /b:
                get:
                  responses:
                    '401': {$ref: '#/components/responses/Unauthorized'}
                    '403': {$ref: '#/components/responses/Forbidden'}
            """;

    @TempDir
    Path dir;

    private String fix(String name, String text) throws Exception {
        Path spec = dir.resolve(name);
        Files.write(spec, text.getBytes(StandardCharsets.UTF_8));
        ContractAugmenter planner = new ContractAugmenter(new ContractAugmenter.Options(null, LoadOptions.DEFAULT, false, false));
        List<InPlaceFix.FileFix> fixes = new InPlaceFix(ParseLimits.DEFAULT).of(planner.plan(spec));
        return fixes.isEmpty() ? text : fixes.get(0).fixed();
    }

    private static String yaml(String operation) {
        return "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nsecurity: [{key: []}]\npaths:\n  /a:\n    get:\n" + operation + OTHER
                + COMPONENTS;
    }

    @Test
    void aBlockMappingGainsLinesAfterItsLastEntryBeforeTheCommentThatFollows() throws Exception {
        String input = yaml("""
                      responses:
                        '200':
                          description: |
                            # not a comment: the block scalar's text

                  # about /b
                """);
        assertThat(fix("a.yaml", input)).isEqualTo(yaml("""
                      responses:
                        '200':
                          description: |
                            # not a comment: the block scalar's text
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                        '403':
                          $ref: '#/components/responses/Forbidden'

                  # about /b
                """));
    }

    @Test
    void keysAreQuotedAsTheirNeighboursAndGoWhereSortedKeysPutThem() throws Exception {
        String input = yaml("""
                      responses:
                        200: {description: ok}
                        400: {description: bad}
                        # the missing one
                        404: {description: gone}
                """);
        assertThat(fix("a.yaml", input)).isEqualTo(yaml("""
                      responses:
                        200: {description: ok}
                        400: {description: bad}
                        401: {$ref: '#/components/responses/Unauthorized'}
                        403: {$ref: '#/components/responses/Forbidden'}
                        # the missing one
                        404: {description: gone}
                """));
    }

    @Test
    void aFlowMappingGrowsOnItsLine() throws Exception {
        String input = yaml("      responses: {\"200\": {description: ok} }\n");
        assertThat(fix("a.yaml", input)).isEqualTo(yaml("      responses: {\"200\": {description: ok}, \"401\": "
                + "{$ref: '#/components/responses/Unauthorized'}, \"403\": {$ref: '#/components/responses/Forbidden'} }\n"));
    }

    @Test
    void entriesWrittenInFlowOnTheirKeysLineAreJoinedByReferencesWrittenTheSameWay() throws Exception {
        String input = yaml("""
                      responses:
                        '200': {description: ok}
                        '400': {description: bad}
                        '404': {description: none}
                """);
        assertThat(fix("a.yaml", input)).isEqualTo(yaml("""
                      responses:
                        '200': {description: ok}
                        '400': {description: bad}
                        '401': {$ref: '#/components/responses/Unauthorized'}
                        '403': {$ref: '#/components/responses/Forbidden'}
                        '404': {description: none}
                """));
    }

    @Test
    void anEmptyValueBecomesABlock() throws Exception {
        String input = yaml("      responses:   # none yet\n");
        assertThat(fix("a.yaml", input)).isEqualTo(yaml("""
                      responses:   # none yet
                        '401':
                          $ref: '#/components/responses/Unauthorized'
                        '403':
                          $ref: '#/components/responses/Forbidden'
                """));
    }

    @Test
    void crlfByteOrderMarkAndAMissingFinalNewlineStay() throws Exception {
        String input = "\uFEFF" + ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nsecurity: [{key: []}]\n" + COMPONENTS
                + "paths:\n" + OTHER + "  /a:\n    get:\n      responses:\n        '200':\n          description: ok")
                .replace("\n", "\r\n");
        String fixed = fix("a.yaml", input);
        assertThat(fixed).isEqualTo(input + "\r\n        '401':\r\n          $ref: '#/components/responses/Unauthorized'"
                + "\r\n        '403':\r\n          $ref: '#/components/responses/Forbidden'");
    }

    @Test
    void anAliasedMappingIsLeftAloneWithAReason() throws Exception {
        String input = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nsecurity: [{key: []}]\npaths:\n"
                + "  /a:\n    get:\n      responses: &shared\n        '200': {description: ok}\n"
                + "  /c:\n    get:\n      security: []\n      responses: *shared\n" + OTHER + COMPONENTS;
        assertThatThrownBy(() -> fix("a.yaml", input)).isInstanceOf(UneditableDescriptionException.class)
                .hasMessageContaining("would change more than it adds").hasMessageContaining("nothing was written");
    }

    @Test
    void jsonKeepsItsIndentationAndItsOneLineObjects() throws Exception {
        String input = """
                {
                \t"openapi": "3.0.3",
                \t"info": {"title": "T", "version": "1"},
                \t"security": [{"key": []}],
                \t"paths": {
                \t\t"/a": {"get": {"responses": {"200": {"description": "ok"}}}},
                \t\t"/b": {
                \t\t\t"get": {
                \t\t\t\t"responses": {}
                \t\t\t}
                \t\t}
                \t},
                \t"components": {
                \t\t"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
                \t\t"responses": {
                \t\t\t"Unauthorized": {"description": "no", "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
                \t\t\t"Forbidden": {"description": "no"}
                \t\t}
                \t}
                }
                """;
        assertThat(fix("a.json", input)).isEqualTo("""
                {
                \t"openapi": "3.0.3",
                \t"info": {"title": "T", "version": "1"},
                \t"security": [{"key": []}],
                \t"paths": {
                \t\t"/a": {"get": {"responses": {"200": {"description": "ok"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}}},
                \t\t"/b": {
                \t\t\t"get": {
                \t\t\t\t"responses": {
                \t\t\t\t\t"401": {
                \t\t\t\t\t\t"$ref": "#/components/responses/Unauthorized"
                \t\t\t\t\t},
                \t\t\t\t\t"403": {
                \t\t\t\t\t\t"$ref": "#/components/responses/Forbidden"
                \t\t\t\t\t}
                \t\t\t\t}
                \t\t\t}
                \t\t}
                \t},
                \t"components": {
                \t\t"securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
                \t\t"responses": {
                \t\t\t"Unauthorized": {"description": "no", "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}}},
                \t\t\t"Forbidden": {"description": "no"}
                \t\t}
                \t}
                }
                """);
    }

    @Test
    void aFixedFileIsFixedOnce() throws Exception {
        String once = fix("a.yaml", yaml("      responses:\n        '200': {description: ok}\n"));
        assertThat(fix("b.yaml", once)).isEqualTo(once);
    }
}
