package nl.gesprekscyclus.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What the login page offers: the password form, single sign-on at the municipality's provider, or both. */
@Component
public class LoginOptions {

    private final Optional<OidcLogin> oidc;

    LoginOptions(ObjectProvider<OidcLogin> oidc) {
        this.oidc = Optional.ofNullable(oidc.getIfAvailable());
    }

    public boolean formLogin() {
        return oidc.map(OidcLogin::formLogin).orElse(true);
    }

    /** The address that starts a login at the provider; empty without the {@code oidc} profile. */
    public Optional<String> singleSignOnUrl() {
        return oidc.map(OidcLogin::startUrl);
    }
}
