package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.openapiauth.probe.Answers;
import dev.openapiauth.probe.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line, {@code java -jar openapi-auth.jar}, in a JVM of its own: with
 * openapi-auth-validator.jar beside it, a 401 unlike the description's is reported as the validator says;
 * without it, the probe says what it could not check; and no library writes to the console (a lint with an overlay wrote three SLF4J warnings). Runs after
 * {@code package} (failsafe).
 */
class PackagedJarsIT {
    private static final Path JARS = Path.of(System.getProperty("openapiAuth.jars", "target"));

    @TempDir
    Path dir;
    @RegisterExtension
    final TestServer server = new TestServer(exchange -> Answers.send(exchange, 401, "application/problem+json", "{\"reason\":\"no\"}",
                Answers.bearerChallenge(exchange.getRequestHeaders().getFirst("Authorization"))));

    @Test
    void theValidatorBesideTheJarChecksAnswersAgainstTheDescription() throws Exception {
        Run run = probe(JARS.resolve("openapi-auth.jar"));

        assertThat(run.out()).contains("warning probe-undocumented-auth-error: GET /undocumented-body answered 401 without credentials, which does "
                + "not match the description: Object instance has properties which are not allowed by the schema: [\"reason\"]; "
                + "Object has missing required properties ([\"status\"])");
        assertThat(run.err()).doesNotContain("not checked").doesNotContain("SLF4J");
        assertThat(run.exit()).isZero();
    }

    @Test
    void aLintWithAnOverlayWritesOnlyItsOwnMessages() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), """
                overlay: 1.0.0
                info: {title: The 403 the API answers with, version: '1'}
                actions:
                  - target: $.paths['/documented'].get.responses
                    update:
                      '403': {description: not allowed}
                """);

        Run run = run(JARS.resolve("openapi-auth.jar"), "lint", "--overlay", overlay.toString(), spec.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("secured-operation-without-403: secured operation does not document a 403 response [GET /default-page]")
                .doesNotContain("403 response [GET /documented]");
    }

    @Test
    void withoutTheValidatorJarTheProbeSaysWhatItLeftUnchecked() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(JARS.resolve("openapi-auth.jar"), alone.resolve("openapi-auth.jar"));

        Path sarif = dir.resolve("probe.sarif");
        Run run = probe(alone.resolve("openapi-auth.jar"), "--format", "text", "--format", "sarif=" + sarif);

        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/invocations/0/toolExecutionNotifications/0/descriptor/id")
                .asText()).isEqualTo("probe-undocumented-auth-error");
        assertThat(run.out()).doesNotContain("probe-undocumented-auth-error");
        assertThat(run.err()).contains("openapi-auth: not checked: probe-undocumented-auth-error: no OpenAPI validator was found, "
                + "so 401 and 403 answers were checked for framework default pages only (the command line loads Atlassian's "
                + "validator from openapi-auth-validator.jar beside openapi-auth.jar)");
        assertThat(run.exit()).isZero();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run probe(Path jar, String... options) throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);
        List<String> arguments = new ArrayList<>(List.of("probe", "--base-url", "http://127.0.0.1:" + server.port()));
        arguments.addAll(List.of(options));
        arguments.add(spec.toString());
        return run(jar, arguments.toArray(String[]::new));
    }

    private Run run(Path jar, String... arguments) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
