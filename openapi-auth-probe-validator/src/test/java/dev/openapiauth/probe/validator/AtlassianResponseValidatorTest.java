package dev.openapiauth.probe.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.probe.Answers;
import dev.openapiauth.probe.Loaded;
import dev.openapiauth.probe.ProbeInputs;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeResult;
import dev.openapiauth.probe.Prober;
import dev.openapiauth.probe.ResponseValidator;
import dev.openapiauth.probe.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on 127.0.0.1 whose 401 answers are right on one route and wrong on others, probed with
 * Atlassian's validator as the probe finds it: what the validator says the description documents is what
 * the probe reports, for the file as written and for the description as overlays make it.
 */
class AtlassianResponseValidatorTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final TestServer server = Answers.documented401Server();
    private final List<String> fetchedElsewhere = new CopyOnWriteArrayList<>();
    /** Another host, which the probe must never contact. */
    @RegisterExtension
    final TestServer other = new TestServer(exchange -> {
        fetchedElsewhere.add(exchange.getRequestURI().getRawPath());
        Answers.send(exchange, 200, "application/yaml", "type: object\n", null);
    });

    @Test
    void theProbeFindsTheValidatorThroughServiceLoader() {
        assertThat(ServiceLoader.load(ResponseValidator.class)).singleElement()
                .isInstanceOf(AtlassianResponseValidator.class);
    }

    @Test
    void a401UnlikeWhatTheFileDocumentsIsReportedAsTheValidatorSaysIt() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);

        ProbeResult result = probe(spec, LoadOptions.DEFAULT, true);

        assertThat(result.unchecked()).isEmpty();
        assertThat(undocumented(result)).containsExactlyInAnyOrder(
                "GET /default-page answered 401 without credentials, which is a framework's default error page",
                "GET /undocumented-body answered 401 without credentials, which does not match the description: "
                        + "Object instance has properties which are not allowed by the schema: [\"reason\"]; "
                        + "Object has missing required properties ([\"status\"])");
    }

    @Test
    void withOverlaysTheValidatorReadsTheDescriptionAsTheyMadeItWithItsReferencesToOtherFiles() throws Exception {
        Files.writeString(dir.resolve("errors.yaml"), Answers.UNAUTHORIZED_RESPONSE);
        Path spec = Files.writeString(dir.resolve("shop.yaml"), """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                security: [{bearer: []}]
                paths:
                  /documented: {get: {responses: {'200': {description: ok}, '401': {$ref: 'errors.yaml#/Unauthorized'}}}}
                  /undocumented-body: {get: {responses: {'200': {description: ok}}}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);
        Path overlay = Files.writeString(dir.resolve("errors-overlay.yaml"), """
                overlay: 1.0.0
                info: {title: The error the legacy route answers with, version: '1'}
                actions:
                  - target: $.paths['/undocumented-body'].get.responses
                    update:
                      '401': {$ref: 'errors.yaml#/Unauthorized'}
                """);

        ProbeResult result = probe(spec, LoadOptions.DEFAULT.withOverlays(List.of(overlay)), false);

        assertThat(result.unchecked()).isEmpty();
        assertThat(undocumented(result)).containsExactly("GET /undocumented-body answered 401 without credentials, which does not "
                + "match the description: Object instance has properties which are not allowed by the schema: [\"reason\"]; "
                + "Object has missing required properties ([\"status\"])");
    }

    @Test
    void aDescriptionThatRefersToAnotherHostGoesToNoValidatorSoThatNothingButTheBaseUrlIsContacted() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), withRequestBodySchema(other.baseUrl() + "/schema.yaml"));

        ProbeResult result = probe(spec, LoadOptions.DEFAULT, true);

        assertThat(fetchedElsewhere).as("requests to the other host").isEmpty();
        assertThat(result.unchecked()).singleElement().asString().startsWith("probe-undocumented-auth-error: the description was "
                + "not given to the OpenAPI validator, which would itself read every document the description refers to: ")
                .endsWith("shop.yaml:7:50: reference '" + other.baseUrl() + "/schema.yaml' is remote, and the validator would fetch it itself");
    }

    @Test
    void aDescriptionThatRefersOutsideItsFolderGoesToNoValidator() throws Exception {
        Path api = Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("secret.yaml"), "type: object\n");
        Path spec = Files.writeString(api.resolve("shop.yaml"), withRequestBodySchema("../secret.yaml"));

        ProbeResult result = probe(spec, LoadOptions.DEFAULT, true);

        assertThat(result.unchecked()).singleElement().asString().contains("which would itself read every document the description refers to: ")
                .contains("shop.yaml:7:50: ").contains("reference '../secret.yaml' points outside the root folder");
    }

    /** The documented-401 description with one more operation, whose request body's schema is a reference the probe never follows. */
    private static String withRequestBodySchema(String ref) {
        return Answers.DOCUMENTED_401_SPEC.replace("paths:\n", """
                paths:
                  /orders:
                    post:
                      requestBody: {content: {application/json: {schema: {$ref: '%s'}}}}
                      responses: {'200': {description: ok}, '401': {$ref: '#/components/responses/Unauthorized'}}
                """.formatted(ref));
    }

    @Test
    void aDescriptionTheValidatorCannotReadLeavesTheCheckUncheckedAndSaysWhy() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);
        Loaded loaded = Loaded.of(spec);
        Files.delete(spec);

        ProbeResult result = new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), ProbeInputs.NONE, false, true,
                new AtlassianResponseValidator()).probe(loaded.spec(), loaded.model(), server.baseUrl());

        assertThat(result.unchecked()).singleElement().asString()
                .startsWith("probe-undocumented-auth-error: the OpenAPI validator cannot check against this description: ");
        assertThat(result.error()).isNull();
    }

    private ProbeResult probe(Path spec, LoadOptions load, boolean asWritten) throws Exception {
        Loaded loaded = Loaded.of(spec, load);
        return new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), ProbeInputs.NONE, false, asWritten,
                ServiceLoader.load(ResponseValidator.class).findFirst().orElseThrow()).probe(loaded.spec(), loaded.model(), server.baseUrl());
    }

    /** Each probe-undocumented-auth-error finding's message up to its evidence. */
    private static List<String> undocumented(ProbeResult result) {
        return result.findings().stream().filter(f -> f.rule().equals("probe-undocumented-auth-error"))
                .map(AtlassianResponseValidatorTest::summary).toList();
    }

    private static String summary(Finding finding) {
        String message = finding.message();
        int evidence = message.indexOf(" — ");
        return evidence < 0 ? message : message.substring(0, evidence);
    }
}
