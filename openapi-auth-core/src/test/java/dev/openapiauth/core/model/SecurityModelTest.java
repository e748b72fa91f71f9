package dev.openapiauth.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.load.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityModelTest {

    private static SecurityModel model(String fixture, ModelOptions options) throws Exception {
        Path path = Path.of(SecurityModelTest.class.getResource("/" + fixture).toURI());
        return SecurityModelBuilder.build(new SpecLoader(LoadOptions.DEFAULT).load(path), options);
    }

    private static Operation operation(SecurityModel model, String label) {
        return model.operations().stream().filter(op -> op.label().equals(label)).findFirst().orElseThrow();
    }

    /** Each alternative as "scheme[scopes]+scheme[scopes]", so AND and OR are visible. */
    private static List<String> alternatives(Operation operation) {
        return operation.security().alternatives().stream()
                .map(requirement -> String.join("+", requirement.schemes().stream()
                        .map(use -> use.scheme() + use.scopes()).toList()))
                .toList();
    }

    @Test
    void derivesEffectiveSecurityFromOperationThenRoot() throws Exception {
        SecurityModel model = model("model/security.yaml", ModelOptions.DEFAULT);

        Operation global = operation(model, "GET /global");
        assertThat(alternatives(global)).containsExactly("bearer[]");

        Operation override = operation(model, "GET /override");
        assertThat(alternatives(override)).containsExactly("oauth[read]");
        assertThat(override.security().requiresScopes()).isTrue();

        Operation publicOperation = operation(model, "GET /public");
        assertThat(publicOperation.security().isPublic()).isTrue();
        assertThat(publicOperation.security().isOptional()).isFalse();

        Operation optional = operation(model, "GET /optional");
        assertThat(optional.security().isOptional()).isTrue();
        assertThat(alternatives(optional)).containsExactly("", "bearer[]");

        assertThat(alternatives(operation(model, "GET /and-or"))).containsExactly("key[]+oauth[read, write]", "mtls[]");
        assertThat(model.securedOperations()).isEqualTo(4);
    }

    @Test
    void mapsSchemesToTheirChallenges() throws Exception {
        SecurityModel model = model("model/security.yaml", ModelOptions.DEFAULT);
        assertThat(model.version()).isEqualTo(SpecVersion.OPENAPI_3_1);
        assertThat(model.schemes().get("bearer").authScheme()).contains("Bearer");
        assertThat(model.schemes().get("oauth").authScheme()).contains("Bearer");
        assertThat(model.schemes().get("oauth").scopes()).containsExactlyInAnyOrder("read", "write");
        assertThat(model.schemes().get("key").authScheme()).isEmpty();
        assertThat(model.schemes().get("key").acceptsAnyChallenge()).isTrue();
        assertThat(model.schemes().get("mtls").hasChallenge()).isFalse();
    }

    @Test
    void followsResponseAndHeaderReferencesAndComparesHeaderNamesIgnoringCase() throws Exception {
        SecurityModel model = model("model/security.yaml", ModelOptions.DEFAULT);

        Response shared = operation(model, "GET /global").unauthorized();
        assertThat(shared.key().pointer()).isEqualTo("/paths/~1global/get/responses/401");
        assertThat(shared.definition().pointer()).isEqualTo("/components/responses/Unauthorized");
        assertThat(shared.wwwAuthenticate()).isNotNull();

        Response inline = operation(model, "GET /and-or").unauthorized();
        assertThat(inline.definition().pointer()).isEqualTo(inline.key().pointer());
        assertThat(inline.wwwAuthenticate().definition().pointer()).isEqualTo("/components/headers/Challenge");
        assertThat(inline.wwwAuthenticate().schema().pointer()).isEqualTo("/components/schemas/ChallengeText");
    }

    @Test
    void findsTheRangeOrDefaultThatCoversAStatus() throws Exception {
        Operation override = operation(model("model/security.yaml", ModelOptions.DEFAULT), "GET /override");
        assertThat(override.unauthorized()).isNull();
        assertThat(override.coveringRange("401").status()).isEqualTo("4XX");
        assertThat(override.coveringRange("500").status()).isEqualTo("default");
    }

    @Test
    void modelsWebhooksOnlyWhenAsked() throws Exception {
        assertThat(model("model/security.yaml", ModelOptions.DEFAULT).operations()).hasSize(5);
        SecurityModel withWebhooks = model("model/security.yaml", new ModelOptions(true));
        Operation webhook = operation(withWebhooks, "POST webhook:orderPlaced");
        assertThat(webhook.kind()).isEqualTo(OperationKind.WEBHOOK);
        assertThat(alternatives(webhook)).as("the root's security").containsExactly("bearer[]");
    }

    @Test
    void modelsCallbacksIncludingReferencedOnesOnlyWhenAsked() throws Exception {
        assertThat(model("model/callbacks.yaml", ModelOptions.DEFAULT).operations()).extracting(Operation::label)
                .containsExactly("POST /subscriptions");
        SecurityModel model = model("model/callbacks.yaml", new ModelOptions(true));
        assertThat(model.operations()).extracting(Operation::label).containsExactly(
                "POST /subscriptions",
                "POST callback:onEvent {$request.body#/callbackUrl}",
                "PUT callback:onRef {$request.body#/otherUrl}");
        assertThat(operation(model, "POST callback:onEvent {$request.body#/callbackUrl}").security().isPublic()).isTrue();
        assertThat(operation(model, "PUT callback:onRef {$request.body#/otherUrl}").kind()).isEqualTo(OperationKind.CALLBACK);
    }

    @Test
    void collectsIgnoredRulesFromRootPathItemAndOperation() throws Exception {
        Operation subscribe = operation(model("model/callbacks.yaml", ModelOptions.DEFAULT), "POST /subscriptions");
        assertThat(subscribe.ignored()).containsExactlyInAnyOrder("public-operation-with-401", "secured-operation-without-403");
    }
}
