package dev.openapiauth.probe;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server on 127.0.0.1 ({@link Answers#serve}) for each test, stopped after it:
 * {@code @RegisterExtension final TestServer server = new TestServer(this::answer);}
 */
public final class TestServer implements BeforeEachCallback, AfterEachCallback {
    private final HttpHandler handler;
    private HttpServer server;
    private boolean stopped;

    public TestServer(HttpHandler handler) {
        this.handler = handler;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server = Answers.serve(handler);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** Stops the server now, so that nothing answers on its port. */
    public void stop() {
        if (!stopped) {
            stopped = true;
            server.stop(0);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }
}
