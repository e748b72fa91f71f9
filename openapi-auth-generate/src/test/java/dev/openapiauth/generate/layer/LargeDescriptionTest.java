package dev.openapiauth.generate.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.generate.Flavour;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The requirement table of a very large description still compiles (no method over the JVM's 64 KB). */
class LargeDescriptionTest {
    @TempDir
    Path dir;

    @Test
    void twoThousandFiveHundredSecuredOperationsCompile() throws Exception {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: big, version: '1'}\nsecurity:\n  - oauth: [read]\npaths:\n");
        for (int i = 0; i < 2500; i++) {
            yaml.append("  /resources").append(i).append("/{id}:\n    get:\n      security: [{oauth: [read, write]}, {key: []}]\n")
                    .append("      responses: {'200': {description: ok}}\n");
        }
        yaml.append("components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    oauth:\n")
                .append("      type: oauth2\n      flows: {clientCredentials: {tokenUrl: 'https://example.com/t', scopes: {read: r, write: w}}}\n");
        Path spec = Files.writeString(dir.resolve("big.yaml"), yaml);
        SecurityModel model = SecurityModelBuilder.build(new SpecLoader(LoadOptions.DEFAULT).load(spec), ModelOptions.DEFAULT);

        List<Path> sources = new AuthLayerRenderer().render(model, Flavour.NONE, false, "org.big", "big", dir.resolve("src"));

        List<String> arguments = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "--release", "17"));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new)))
                .as(errors.toString()).isZero();
    }
}
