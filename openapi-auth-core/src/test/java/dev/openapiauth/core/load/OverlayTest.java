package dev.openapiauth.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.core.source.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vendor description without security, and an overlay that declares what it lacks. */
class OverlayTest {
    private static final String VENDOR = """
            openapi: 3.0.3
            info: {title: Vendor, version: '1'}
            tags: [{name: a}]
            paths:
              /orders:
                get: {responses: {'200': {description: ok}}}
              /health:
                get: {responses: {'200': {description: ok}}}
              /legacy:
                get: {responses: {'200': {description: ok}}}
            """;
    private static final String OVERLAY = """
            overlay: 1.0.0
            info: {title: Our security, version: '1'}
            actions:
              - target: $
                update:
                  security: [{bearer: []}]
                  components:
                    securitySchemes:
                      bearer: {type: http, scheme: bearer}
              - target: $.paths['/health'].get
                update: {security: []}
              - target: $.paths['/legacy']
                remove: true
              - target: $.tags
                update: {name: b}
            """;

    @TempDir
    Path dir;

    private LoadedSpec load(String overlay) throws Exception {
        Path spec = Files.writeString(dir.resolve("vendor.yaml"), VENDOR);
        Path overlayFile = Files.writeString(dir.resolve("security.overlay.yaml"), overlay);
        return new SpecLoader(LoadOptions.DEFAULT.withOverlays(List.of(overlayFile))).load(spec);
    }

    @Test
    void declaresSchemesAndRequirementsRemovesAndAppends() throws Exception {
        LoadedSpec spec = load(OVERLAY);
        SecurityModel model = SecurityModelBuilder.build(spec, ModelOptions.DEFAULT);

        assertThat(model.operations()).extracting(o -> o.label() + (o.security().isPublic() ? " public" : " secured"))
                .containsExactly("GET /orders secured", "GET /health public");
        assertThat(model.schemes()).containsKey("bearer");
        Place tags = Place.root(spec.entry()).child("tags");
        assertThat(tags.items()).extracting(tag -> tag.text("name")).containsExactly("a", "b");
    }

    @Test
    void whatTheOverlayAddsIsLocatedInTheOverlay() throws Exception {
        SecurityModel model = SecurityModelBuilder.build(load(OVERLAY), ModelOptions.DEFAULT);
        Operation health = model.operations().get(1);
        Place security = health.place().child("security");
        assertThat(security.file().displayName()).endsWith("security.overlay.yaml");
        assertThat(security.line()).isEqualTo(11);
        assertThat(health.place().file().displayName()).endsWith("vendor.yaml");
        assertThat(model.schemes().get("bearer").place().file().displayName()).endsWith("security.overlay.yaml");
    }

    @Test
    void aTargetThatSelectsNothingIsAnErrorOnItsLine() {
        assertThatThrownBy(() -> load("""
                overlay: 1.0.0
                info: {title: t, version: '1'}
                actions:
                  - target: $.paths['/nope'].get
                    update: {security: []}
                """)).isInstanceOf(UnreadableSpecException.class)
                .hasMessageEndingWith("security.overlay.yaml:4:13: target $.paths['/nope'].get selects nothing in " + dir.resolve("vendor.yaml"));
    }

    @Test
    void aBadVersionOrPathIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> load("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, update: {}}]\n"))
                .hasMessageContaining("security.overlay.yaml:1:10: unsupported Overlay version '2.0.0'");
        assertThatThrownBy(() -> load("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.paths[?(@.x', update: {}}]\n"))
                .hasMessageContaining("security.overlay.yaml:3:20: target $.paths[?(@.x is not a JSONPath");
    }
}
