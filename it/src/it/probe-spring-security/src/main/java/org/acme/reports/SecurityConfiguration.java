package org.acme.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic as most applications configure it, with one well-known mistake per value of
 * {@code misconfiguration}:
 * <ul>
 * <li>{@code none}: every answer as the description says;</li>
 * <li>{@code entry-point}: anonymous requests meet {@link Http403ForbiddenEntryPoint} (403 instead of 401);</li>
 * <li>{@code exception-handler}: {@link CatchAllHandler} turns AccessDeniedException into 500;</li>
 * <li>{@code unprotected}: {@code /reports} left open by a permitAll;</li>
 * <li>{@code xhr}: plain {@code httpBasic()}, whose XHR requests get 401 without a challenge.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, @Value("${misconfiguration}") String misconfiguration) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Reports");
        basic.afterPropertiesSet();
        http.csrf(csrf -> csrf.disable());
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/health").permitAll();
            if (misconfiguration.equals("unprotected")) {
                requests.requestMatchers("/reports").permitAll();
            }
            requests.anyRequest().authenticated();
        });
        if (misconfiguration.equals("xhr")) {
            http.httpBasic(httpBasic -> httpBasic.realmName("Reports"));
        } else {
            http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic));
            AuthenticationEntryPoint anonymous = misconfiguration.equals("entry-point") ? new Http403ForbiddenEntryPoint() : basic;
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(anonymous));
        }
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}alice-password").roles("USER").build(),
                User.withUsername("admin").password("{noop}admin-password").roles("USER", "ADMIN").build());
    }
}
