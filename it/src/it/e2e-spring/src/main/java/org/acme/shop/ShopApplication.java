package org.acme.shop;

import org.acme.shop.auth.OpenApiAuthFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The whole wiring: one filter bean. */
@SpringBootApplication
public class ShopApplication {
    /** For spring-boot:start, which runs the application for the probe. */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }

    @Bean
    OpenApiAuthFilter openApiAuthFilter() {
        return new OpenApiAuthFilter(new ShopVerifier());
    }
}
