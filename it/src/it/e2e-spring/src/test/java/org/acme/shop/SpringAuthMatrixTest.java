package org.acme.shop;

import java.net.URI;
import org.acme.e2e.AuthMatrixTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The HTTP matrix against Spring Boot with embedded Tomcat. */
class SpringAuthMatrixTest extends AuthMatrixTest {
    private ConfigurableApplicationContext application;

    @Override
    protected URI startServer() {
        application = SpringApplication.run(ShopApplication.class, "--server.address=127.0.0.1", "--server.port=0");
        int port = ((WebServerApplicationContext) application).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    protected void stopServer() {
        application.close();
    }

    @Override
    protected String flavour() {
        return "spring";
    }
}
