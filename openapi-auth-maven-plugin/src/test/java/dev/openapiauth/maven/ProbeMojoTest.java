package dev.openapiauth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.openapiauth.probe.Answers;
import dev.openapiauth.probe.TestServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The probe goal against a real server on 127.0.0.1 that left one route open. */
@MojoTest
class ProbeMojoTest {
    private static final Path WORK = Path.of("target/harness-probe").toAbsolutePath();
    private static final String SPEC = "target/harness-probe/shop.yaml";
    private static final String REPORTS = "target/harness-probe/reports";
    @RegisterExtension
    final TestServer server = new TestServer(exchange -> {
        String path = exchange.getRequestURI().getRawPath();
        String challenge = exchange.getRequestHeaders().containsKey("Authorization") ? "Bearer error=\"invalid_token\"" : "Bearer realm=\"Shop\"";
        switch (path) {
            case "/refunds" -> Answers.send(exchange, 200, "application/json", "{}", null);
            case "/orders" -> Answers.send(exchange, 401, "application/json", "{}", challenge);
            default -> Answers.send(exchange, 404, "application/json", "{}", null);
        }
    });

    @BeforeEach
    void startTheServerAndWriteTheDescription() throws IOException {
        Folders.delete(WORK);
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("shop.yaml"), """
                openapi: 3.0.3
                info: {title: Shop, version: '1'}
                security: [{bearer: []}]
                paths:
                  /orders: {get: {responses: {'200': {description: ok}}}}
                  /refunds: {get: {responses: {'200': {description: ok}}}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);
    }

    /** The server's port is known only now, so the parameter is set as Maven would have set it. */
    private void baseUrl(ProbeMojo mojo, String url) throws ReflectiveOperationException {
        Field field = ProbeMojo.class.getDeclaredField("baseUrl");
        field.setAccessible(true);
        field.set(mojo, url);
    }

    private String url() {
        return server.baseUrl().toString();
    }

    @Test
    @InjectMojo(goal = "probe")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "outputDirectory", value = REPORTS)
    @MojoParameter(name = "rate", value = "0")
    void failsTheBuildOnTheOpenRouteLogsEachFindingAndWritesTheReports(ProbeMojo mojo) throws Exception {
        baseUrl(mojo, url());
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("openapi-auth found 2 errors");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] ") && l.contains("probe-unauthenticated-access: GET /refunds answered 200"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] openapi-auth: probed 2 operations (0 not probed) with "));
        assertThat(WORK.resolve("reports/openapi-auth-probe.sarif")).isRegularFile();
        assertThat(WORK.resolve("reports/openapi-auth-probe.json")).isRegularFile();
        assertThat(Files.readString(WORK.resolve("reports/TEST-openapi-auth-probe.xml"))).contains("failures=\"2\"");
    }

    @Test
    @InjectMojo(goal = "probe")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "outputDirectory", value = REPORTS)
    void withoutABaseUrlItSaysWhatToSet(ProbeMojo mojo) {
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("openapi-auth: probe needs <baseUrl> (or -DopenapiAuth.baseUrl=URL)");
    }

    @Test
    @InjectMojo(goal = "probe")
    @MojoParameter(name = "inputSpec", value = SPEC)
    @MojoParameter(name = "outputDirectory", value = REPORTS)
    void aServerThatIsNotThereFailsTheBuildAsIncomplete(ProbeMojo mojo) throws Exception {
        String url = url();
        server.stop();
        baseUrl(mojo, url);
        mojo.setLog(new RecordingLog());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("openapi-auth: cannot probe GET /orders at " + url);
    }
}
