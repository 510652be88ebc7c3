package nl.gesprekscyclus.workflow;

import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.security.CamundaWebSurfaceAudit;
import nl.gesprekscyclus.security.Roles;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Camunda Cockpit for operators, only when {@code camunda.bpm.webapp.enabled=true}. It is reached through
 * our own login and only by ADMIN: Spring Security guards {@code /camunda/**}, and Camunda's container-based
 * authentication takes the user from our session, so Cockpit's own login is never used. Camunda 7.24 CE
 * has known flaws in its Admin setup endpoint (creating the first admin without authentication): those
 * paths are refused for everyone. Even ADMIN only looks and gives failed jobs their retries back
 * ({@link CockpitAllowList}), and every call to Cockpit's APIs and every refusal is in the audit trail.
 */
@Configuration
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", havingValue = "true")
class CockpitSecurityConfiguration {

    @Bean
    @Order(50)
    SecurityFilterChain cockpitSecurity(HttpSecurity http, AuditTrail audit) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/camunda/**"))
                .addFilterBefore(new CamundaWebSurfaceAudit(audit), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/camunda/api/admin/setup/**")).denyAll()
                        .requestMatchers(paths.matcher("/camunda/app/admin/*/setup/**")).denyAll()
                        .requestMatchers(new NegatedRequestMatcher(new CockpitAllowList())).denyAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Cockpit sends its own CSRF token (Camunda's CsrfPreventionFilter) on every modifying request
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    FilterRegistrationBean<CockpitUserMirror> cockpitUserMirror(org.camunda.bpm.engine.IdentityService identity) {
        FilterRegistrationBean<CockpitUserMirror> registration = new FilterRegistrationBean<>(new CockpitUserMirror(identity));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 11); // just before Camunda's single sign-on filter
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter chain, so the request already carries our user
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
