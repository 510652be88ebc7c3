package nl.gesprekscyclus.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for the Vaadin screens, and with the {@code oidc} profile single sign-on next to or instead of it
 * ({@link OidcLogin}, docs/sso.md). Views deny by default (Vaadin's access checker); services check
 * roles with {@code @PreAuthorize} and ownership in code. Camunda's REST API is not shipped; its paths
 * are refused here (and each refusal audited), and Cockpit has its own, ADMIN-only chain when an operator
 * switches it on.
 */
@Configuration
@EnableWebSecurity
// @PreAuthorize for the services. Not jsr250Enabled: @RolesAllowed and @PermitAll stand only on views, where Vaadin's
// access checker reads them; with JSR-250 method security on, Spring also wrapped every view it created in a proxy,
// working out for each new view which advisors apply (4.7 % of the server's CPU under load in HttpLoadBenchmark's
// profile, issue 21) to check the same annotation again on each of the view's calls
// @PreAuthorize for the services. Not jsr250Enabled: @RolesAllowed and @PermitAll stand only on views, where Vaadin's
// access checker reads them; with JSR-250 method security on, Spring also wrapped every view it created in a proxy,
// working out for each new view which advisors apply (4.7 % of the server's CPU under load in HttpLoadBenchmark's
// profile, issue 21) to check the same annotation again on each of the view's calls
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin Flow needs and no more: its client engine uses inline styles and scripts and eval
     * (no nonce support without a front-end build), and a WebSocket/XHR channel to this origin only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(100)
    SecurityFilterChain applicationSecurity(HttpSecurity http, ObjectProvider<OidcLogin> singleSignOn,
            RequestUtil vaadinRequests, AuditTrail audit) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        loginCsrf(http, vaadinRequests, paths.matcher(HttpMethod.POST, "/login"));
        // every refusal on Camunda's paths in the audit trail, also one made by the CSRF check
        http.addFilterBefore(new CamundaWebSurfaceAudit(audit), CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(paths.matcher("/engine-rest/**")).denyAll()
                .requestMatchers(paths.matcher("/camunda/**")).denyAll()
                .requestMatchers(paths.matcher("/images/**")).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        OidcLogin oidc = singleSignOn.getIfAvailable();
        if (oidc != null) {
            oidc.configure(http);
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            // Vaadin would exempt the login form from CSRF; loginCsrf keeps only its own channel exempt
            vaadin.enableCsrfConfiguration(false);
            if (oidc == null || oidc.formLogin()) {
                vaadin.loginView(LoginView.class, OidcLogin.LOGGED_OUT);
            } else {
                // single sign-on only: no password form is processed; the login page shows just the provider's button
                vaadin.oauth2LoginPage("/login");
            }
            if (oidc != null) {
                vaadin.logoutSuccessHandler(oidc.logoutSuccessHandler());
            }
        });
        return http.build();
    }

    /**
     * CSRF protection as Vaadin sets it up (its own UIDL and push requests carry Vaadin's token instead), but
     * without Vaadin's exemption of the login form. Without a token, another site could post its own username and
     * password to our login (login CSRF): the person would then work, and type their own notes, in an account
     * that is not theirs. The browser sends the token: Flow puts it in the login page's meta tags and
     * vaadin-login-form copies it into the form. A login page left open past the session's end has a token that no
     * longer matches; that person sees the login again with "verlopen", not an error page.
     */
    private static void loginCsrf(HttpSecurity http, RequestUtil vaadinRequests, RequestMatcher loginPost)
            throws Exception {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        AccessDeniedHandler loginAgain = (request, response, denied) -> {
            if (loginPost.matches(request)) {
                response.sendRedirect(request.getContextPath() + "/login?" + LoginView.EXPIRED);
            } else {
                forbidden.handle(request, response, denied);
            }
        };
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(loginAgain);
                        return filter;
                    }
                }));
    }
}
