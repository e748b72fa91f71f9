package dev.openapiauth.generate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openapiauth.core.SharedFiles;
import dev.openapiauth.core.load.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractAugmenterTest {
    private static final Path PETSTORE = SharedFiles.example("petstore-auth.yaml");
    private final ContractAugmenter augmenter = new ContractAugmenter(new ContractAugmenter.Options(null, LoadOptions.DEFAULT, false, true));

    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(ContractAugmenterTest.class.getResource("/contract/" + name).toURI());
    }

    @Test
    void theOutputLintsCleanAndOnlyGainedTheContract() throws Exception {
        ContractAugmenter.Result result = augmenter.augment(PETSTORE, dir);

        Path output = dir.resolve("petstore-auth.yaml");
        assertThat(result.written()).containsExactly(output);
        assertThat(Augmented.contractFindings(output)).isEmpty();
        assertThat(Augmented.withoutAdditions(output, "petstore-auth.yaml", result.additions()))
                .isEqualTo(Augmented.parse(PETSTORE));
    }

    @Test
    void referencesWhatTheDescriptionAlreadyHasBeforeAddingAnything() throws Exception {
        ContractAugmenter.Result result = augmenter.augment(PETSTORE, dir);
        JsonNode output = Augmented.parse(dir.resolve("petstore-auth.yaml"));

        // The example's own Unauthorized and Forbidden are what its 401s and 403s reference: the missing ones do too,
        // and the new BadRequest carries the Error schema its 4xx responses share, so no Problem is added.
        assertThat(result.notes()).containsExactly(
                "reused components/responses/Unauthorized (referenced by 2 existing 401s) for the 401 of 3 operations",
                "reused components/responses/Forbidden (referenced by 1 existing 403) for the 403 of 3 operations",
                "added components/headers/WWW-Authenticate",
                "added components/responses/BadRequest (body: #/components/schemas/Error, which 3 4xx responses share) "
                        + "for the 400 of 4 operations");
        assertThat(output.at("/paths/~1pets~1{petId}/get/responses/401/$ref").asText()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(output.at("/paths/~1pets/post/responses/403/$ref").asText()).isEqualTo("#/components/responses/Forbidden");
        assertThat(output.at("/components/schemas/Problem2").isMissingNode()).isTrue();
        assertThat(output.at("/components/responses/Unauthorized2").isMissingNode()).isTrue();
        // The user's shared 401 gets the header, once, where it is defined.
        assertThat(output.at("/components/responses/Unauthorized/headers/WWW-Authenticate/$ref").asText())
                .isEqualTo("#/components/headers/WWW-Authenticate");
        // The optional-auth operation gets a 401 but no 403; mutual exclusions hold.
        assertThat(output.at("/paths/~1feed/get/responses/401").isMissingNode()).isFalse();
        assertThat(output.at("/paths/~1feed/get/responses/403").isMissingNode()).isTrue();
        assertThat(output.at("/paths/~1pets/get/responses/403").isMissingNode()).isTrue();
        // Where the stubs may answer a token sent twice with 400, a 400 is documented, unless 4XX covers it;
        // an apiKey-only operation cannot get that 400.
        assertThat(output.at("/paths/~1pets/post/responses/400/$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        assertThat(output.at("/paths/~1feed/get/responses/400/$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        assertThat(output.at("/paths/~1pets~1{petId}/get/responses/400").isMissingNode()).isTrue();
        assertThat(output.at("/paths/~1admin~1reports/get/responses/400").isMissingNode()).isTrue();
        assertThat(output.at("/paths/~1pets/get/responses/400").isMissingNode()).isTrue();
        assertThat(output.at("/components/responses/BadRequest/headers/WWW-Authenticate/$ref").asText())
                .isEqualTo("#/components/headers/WWW-Authenticate");
        assertThat(output.at("/components/responses/BadRequest/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Error");
    }

    @Test
    void addsTheProblemAndTheStandardResponsesOnlyWhereNothingFits() throws Exception {
        Path bare = dir.resolve("bare.yaml");
        Files.writeString(bare, """
                openapi: 3.0.3
                info: {title: Bare, version: '1'}
                security: [{key: []}]
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header, name: X-Key}
                  schemas:
                    Problem: {type: object}
                """);

        ContractAugmenter.Result result = augmenter.augment(bare, dir.resolve("out"));

        assertThat(result.notes()).containsExactly(
                "reused components/schemas/Problem as the problem schema",
                "added components/headers/WWW-Authenticate",
                "added components/responses/Unauthorized for the 401 of 1 operation",
                "added components/responses/Forbidden for the 403 of 1 operation");
        JsonNode output = Augmented.parse(dir.resolve("out/bare.yaml"));
        assertThat(output.at("/components/responses/Forbidden/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void aNewComponentCopiesTheBodyExisting401sWriteInlineSoThatNoShapeDiffers() throws Exception {
        Path inline = dir.resolve("inline.yaml");
        Files.writeString(inline, """
                openapi: 3.0.3
                info: {title: Inline, version: '1'}
                security: [{key: []}]
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok}
                        '401':
                          description: no
                          headers: {WWW-Authenticate: {schema: {type: string}}}
                          content: {text/plain: {schema: {type: string}}}
                        '403': {description: no}
                  /b:
                    get:
                      responses:
                        '200': {description: ok}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header, name: X-Key}
                """);

        augmenter.augment(inline, dir.resolve("out"));

        JsonNode output = Augmented.parse(dir.resolve("out/inline.yaml"));
        assertThat(output.at("/components/responses/Unauthorized/content").toString())
                .isEqualTo("{\"text/plain\":{\"schema\":{\"type\":\"string\"}}}");
        assertThat(Augmented.findings(dir.resolve("out/inline.yaml"), "inconsistent-auth-error-schema")).isEmpty();
    }

    @Test
    void anExisting401ComponentWithoutABodyIsReusedBesideInline401sWithOne() throws Exception {
        Path mixed = dir.resolve("mixed.yaml");
        Files.writeString(mixed, """
                openapi: 3.0.3
                info: {title: Mixed, version: '1'}
                security: [{key: []}]
                paths:
                  /a:
                    get:
                      responses:
                        '200': {description: ok}
                        '401': {$ref: '#/components/responses/Unauthorized'}
                  /b:
                    get:
                      responses:
                        '200': {description: ok}
                        '401':
                          description: no
                          content: {application/problem+json: {schema: {type: object}}}
                  /c:
                    get:
                      responses:
                        '200': {description: ok}
                components:
                  securitySchemes:
                    key: {type: apiKey, in: header, name: X-Key}
                  responses:
                    Unauthorized: {description: no credentials}
                """);

        ContractAugmenter.Result result = augmenter.augment(mixed, dir.resolve("out"));

        JsonNode output = Augmented.parse(dir.resolve("out/mixed.yaml"));
        assertThat(output.at("/paths/~1c/get/responses/401/$ref").asText()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(output.at("/components/responses").size()).as("no Unauthorized2 beside it").isEqualTo(2);
        assertThat(result.notes()).contains("reused components/responses/Unauthorized (referenced by 1 existing 401) for the 401 of 1 operation");
    }

    @Test
    void theHeaderListsOneChallengePerSchemeWithTheTitleAsRealm() throws Exception {
        augmenter.augment(PETSTORE, dir);
        JsonNode header = Augmented.parse(dir.resolve("petstore-auth.yaml")).at("/components/headers/WWW-Authenticate");
        assertThat(header.get("example").asText()).isEqualTo("Bearer realm=\"Pet Store\", ApiKey realm=\"Pet Store\"");
        assertThat(header.get("description").asText()).contains("`Bearer realm=\"Pet Store\"` (bearerAuth, petstoreOAuth)")
                .contains("`ApiKey realm=\"Pet Store\"` (apiKey)");
        assertThat(header.get("required").asBoolean()).isTrue();
    }

    @Test
    void theRealmCanBeChosen() throws Exception {
        new ContractAugmenter(new ContractAugmenter.Options("pets \"v2\"", LoadOptions.DEFAULT, false, true))
                .augment(PETSTORE, dir);
        assertThat(Augmented.parse(dir.resolve("petstore-auth.yaml")).at("/components/headers/WWW-Authenticate/example").asText())
                .startsWith("Bearer realm=\"pets \\\"v2\\\"\"");
    }

    @Test
    void augmentingTheOutputAgainChangesNothing() throws Exception {
        augmenter.augment(PETSTORE, dir.resolve("once"));
        ContractAugmenter.Result again = augmenter.augment(dir.resolve("once/petstore-auth.yaml"), dir.resolve("twice"));
        assertThat(again.additions()).isEmpty();
        assertThat(Files.mismatch(dir.resolve("once/petstore-auth.yaml"), dir.resolve("twice/petstore-auth.yaml"))).isEqualTo(-1L);
    }

    @Test
    void aLaterRunReusesTheComponentsItAddedBefore() throws Exception {
        augmenter.augment(PETSTORE, dir.resolve("once"));
        Path once = dir.resolve("once/petstore-auth.yaml");
        Files.writeString(once, Files.readString(once).replace("paths:\n", "paths:\n  /new:\n    get:\n      operationId: added\n      responses:\n        \"200\":\n          description: ok\n"));

        ContractAugmenter.Result again = augmenter.augment(once, dir.resolve("twice"));

        assertThat(again.notes()).containsExactly(
                "reused components/responses/Unauthorized (referenced by 5 existing 401s) for the 401 of 1 operation",
                "reused components/responses/Forbidden (referenced by 4 existing 403s) for the 403 of 1 operation",
                "reused components/responses/BadRequest (referenced by 4 existing 400s) for the 400 of 1 operation");
        assertThat(again.additions()).extracting(Addition::pointer)
                .containsExactly("/paths/~1new/get/responses/401", "/paths/~1new/get/responses/403",
                        "/paths/~1new/get/responses/400");
        JsonNode output = Augmented.parse(dir.resolve("twice/petstore-auth.yaml"));
        assertThat(output.at("/paths/~1new/get/responses/401/$ref").asText()).isEqualTo("#/components/responses/Unauthorized");
    }

    @Test
    void keepsSwagger2AndJson() throws Exception {
        ContractAugmenter.Result result = augmenter.augment(resource("swagger2.json"), dir);
        Path output = dir.resolve("swagger2.json");
        String text = Files.readString(output);
        assertThat(text).startsWith("{");
        JsonNode tree = Augmented.parse(output);
        assertThat(tree.get("swagger").asText()).isEqualTo("2.0");
        assertThat(tree.has("openapi")).isFalse();
        // The 401 component the description already references is reused, and gains the header.
        assertThat(tree.at("/paths/~1orders/get/responses/401/$ref").asText()).isEqualTo("#/responses/LegacyUnauthorized");
        assertThat(tree.at("/responses/Forbidden/schema/$ref").asText()).isEqualTo("#/definitions/Problem");
        assertThat(tree.at("/responses/LegacyUnauthorized/headers/WWW-Authenticate/x-example").asText())
                .isEqualTo("Basic realm=\"Legacy \\\"Orders\\\"\", charset=\"UTF-8\", Bearer realm=\"Legacy \\\"Orders\\\"\"");
        assertThat(tree.at("/responses/LegacyUnauthorized/headers/WWW-Authenticate/type").asText()).isEqualTo("string");
        assertThat(tree.at("/paths/~1status/get/responses/401").isMissingNode()).isTrue();
        // 1e3 stays the same number.
        assertThat(tree.at("/paths/~1orders/get/responses/200/schema/maximum").decimalValue()).isEqualByComparingTo("1000");
        assertThat(Augmented.contractFindings(output)).isEmpty();
        assertThat(Augmented.withoutAdditions(output, "swagger2.json", result.additions()))
                .isEqualTo(Augmented.parse(resource("swagger2.json")));
    }

    @Test
    void editsEachFileOfAMultiFileDescriptionWhereTheOperationOrResponseIsDefined() throws Exception {
        ContractAugmenter.Result result = augmenter.augment(resource("multi/api.yaml"), dir);

        assertThat(result.written()).containsExactlyInAnyOrder(dir.resolve("api.yaml"), dir.resolve("paths/things.yaml"),
                dir.resolve("responses/unauthorized.yaml"), dir.resolve("schemas/error.yaml"));
        JsonNode things = Augmented.parse(dir.resolve("paths/things.yaml"));
        assertThat(things.at("/post/responses/401/$ref").asText()).isEqualTo("../api.yaml#/components/responses/Unauthorized");
        assertThat(things.at("/get/responses/403/$ref").asText()).isEqualTo("../api.yaml#/components/responses/Forbidden");
        assertThat(Augmented.parse(dir.resolve("responses/unauthorized.yaml")).at("/headers/WWW-Authenticate/$ref").asText())
                .isEqualTo("../api.yaml#/components/headers/WWW-Authenticate");
        // Untouched files are copied byte for byte.
        assertThat(Files.mismatch(dir.resolve("schemas/error.yaml"), resource("multi/schemas/error.yaml"))).isEqualTo(-1L);
        assertThat(Augmented.contractFindings(dir.resolve("api.yaml"))).isEmpty();
        for (String file : List.of("api.yaml", "paths/things.yaml", "responses/unauthorized.yaml")) {
            assertThat(Augmented.withoutAdditions(dir.resolve(file), file, result.additions()))
                    .as(file).isEqualTo(Augmented.parse(resource("multi/" + file)));
        }
    }
}
