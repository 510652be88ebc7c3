package nl.gesprekscyclus.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.gesprekscyclus.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for the Vaadin screens. Views deny by default (Vaadin's access checker); services check
 * roles with {@code @PreAuthorize} and ownership in code. Camunda's REST API is not shipped; its paths
 * are refused here, and Cockpit has its own, ADMIN-only chain when an operator switches it on.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(100)
    SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(paths.matcher("/engine-rest/**")).denyAll()
                .requestMatchers(paths.matcher("/camunda/**")).denyAll()
                .requestMatchers(paths.matcher("/images/**")).permitAll());
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }
}
