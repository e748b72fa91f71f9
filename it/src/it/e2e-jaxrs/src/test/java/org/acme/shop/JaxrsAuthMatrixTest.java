package org.acme.shop;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.acme.e2e.AuthMatrixTest;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;

/** The HTTP matrix against Jersey on the JDK's HTTP server. */
class JaxrsAuthMatrixTest extends AuthMatrixTest {
    private HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    @Override
    protected URI startServer() throws Exception {
        // Bound here rather than by Jersey's factory so that it listens on 127.0.0.1 only, on a free port.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ContainerFactory.createContainer(JdkHttpHandlerContainer.class, new ShopApplication()));
        server.setExecutor(workers);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    protected void stopServer() {
        server.stop(0);
        workers.shutdownNow();
    }

    @Override
    protected String flavour() {
        return "jaxrs";
    }
}
