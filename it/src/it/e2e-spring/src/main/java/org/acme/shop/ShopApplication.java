package org.acme.shop;

import org.acme.shop.auth.OpenApiAuthFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The whole wiring: one filter bean. */
@SpringBootApplication
public class ShopApplication {
    @Bean
    OpenApiAuthFilter openApiAuthFilter() {
        return new OpenApiAuthFilter(new ShopVerifier());
    }
}
