package org.acme.bench;

import java.util.Set;
import org.acme.bench.auth.OpenApiAuthFilter;
import org.acme.bench.auth.Verification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The generated layer in front of 300 operations; the verifier knows two tokens. */
@SpringBootApplication
public class BenchApplication {
    public static void main(String[] args) {
        SpringApplication.run(BenchApplication.class, args);
    }

    @Bean
    OpenApiAuthFilter openApiAuthFilter() {
        return new OpenApiAuthFilter(credential -> switch (String.valueOf(credential.token())) {
            case "bench-token" -> Verification.valid("reader", Set.of("read"));
            case "plain-token" -> Verification.valid("plain", Set.of());
            default -> Verification.invalid("unknown token");
        });
    }
}
