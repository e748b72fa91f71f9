package org.acme.shop;

import java.net.URI;
import org.acme.e2e.AuthMatrixTest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The HTTP matrix and bypass suites against Spring Boot with embedded Tomcat, Spring MVC's default path matching. */
class SpringAuthMatrixTest extends AuthMatrixTest {
    private ConfigurableApplicationContext application;

    /** The application's settings beyond address and port. */
    protected String[] settings() {
        return new String[] {"--spring.mvc.pathmatch.matching-strategy=path_pattern_parser"};
    }

    @Override
    protected URI startServer() {
        String[] settings = settings();
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--server.address=127.0.0.1";
        arguments[1] = "--server.port=0";
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        application = SpringApplication.run(ShopApplication.class, arguments);
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
