package nl.gesprekscyclus.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with the municipality's OpenID Connect provider (profile {@code oidc}): the login through the
 * provider, our own user mapping and refusal page, and a logout that also ends the session at the provider.
 */
@Component
@Profile("oidc")
class OidcLogin {

    static final String LOGGED_OUT = "/login?logout";

    private final OidcSettings settings;
    private final OidcUserLoader users;
    private final OidcLoginFailures failures;
    private final ClientRegistrationRepository clients;

    OidcLogin(OidcSettings settings, OidcUserLoader users, OidcLoginFailures failures,
            ClientRegistrationRepository clients) {
        settings.validate();
        if (clients.findByRegistrationId(settings.getRegistrationId()) == null) {
            throw new IllegalStateException("gesprekscyclus.security.oidc.registration-id " + settings.getRegistrationId()
                    + " is not a registration under spring.security.oauth2.client.registration");
        }
        this.settings = settings;
        this.users = users;
        this.failures = failures;
        this.clients = clients;
    }

    /** Where the login page's button starts the login at the provider. */
    String startUrl() {
        return "/oauth2/authorization/" + settings.getRegistrationId();
    }

    boolean formLogin() {
        return settings.isFormLogin();
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(oauth2 -> oauth2
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(failures));
    }

    /**
     * RP-initiated logout: the browser goes to the provider's end-session endpoint with the ID token and comes back
     * to our login page. A password login (or a provider without that endpoint) just goes to the login page.
     */
    LogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        handler.setDefaultTargetUrl(LOGGED_OUT);
        // the logout button runs inside a Vaadin round trip: a plain 302 would not move the browser
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
