package org.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.sun.net.httpserver.HttpServer;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.jobs.FailurePolicy;
import dev.openapiauth.jobs.ProbeJob;
import dev.openapiauth.jobs.ProbeRequest;
import dev.openapiauth.jobs.ReportTarget;
import dev.openapiauth.lint.report.ReportFormat;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeProgress;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.junit.jupiter.api.Test;

/** The probe against the generated Jersey layer on 127.0.0.1, with the sample verifier's credentials: no finding. */
class JaxrsProbeTest {

    @Test
    void theGeneratedJerseyLayerPassesEveryCheck() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ContainerFactory.createContainer(JdkHttpHandlerContainer.class, new ShopApplication()));
        server.setExecutor(workers);
        server.start();
        try {
            Path reports = Path.of(System.getProperty("e2e.reports"));
            StringWriter text = new StringWriter();
            ProbeJob.Outcome outcome = new ProbeJob().run(new ProbeRequest(Path.of(System.getProperty("e2e.augmentedSpec")),
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort()), new ProbeLimits(10_000, Duration.ofSeconds(10), 0, 4),
                    LoadOptions.DEFAULT, FailurePolicy.of("info", 0), List.of(ReportTarget.toConsole(ReportFormat.TEXT)),
                    Path.of(System.getProperty("e2e.probeCredentials")), false, reports.resolve("TEST-openapi-auth-probe.xml"), ProbeProgress.NONE, null), text);
            assertNull(outcome.error());
            assertEquals(List.of(), outcome.result().findings(), text.toString());
            assertEquals(List.of(), outcome.result().unchecked(), "every check ran, the validator's too");
            System.out.println("probe of the generated jaxrs layer: " + outcome.result().operations().size() + " operations, "
                    + outcome.result().requests() + " requests, " + outcome.result().findings().size() + " findings");
        } finally {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}
