package nl.gesprekscyclus.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there are no demo logins. The first functioneel beheerder is created once from
 * {@code GESPREKSCYCLUS_INITIAL_ADMIN_USERNAME} / {@code GESPREKSCYCLUS_INITIAL_ADMIN_PASSWORD} (at least
 * 12 characters) when no ADMIN account exists; remove the variables after the first start.
 */
@Component
@Profile("!demo")
class InitialAdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    InitialAdminBootstrap(UserAccountRepository accounts, PasswordEncoder encoder,
            @Value("${gesprekscyclus.initial-admin.username:}") String username,
            @Value("${gesprekscyclus.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.existsByExtraRolesContaining(Roles.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No ADMIN account exists. Start once with GESPREKSCYCLUS_INITIAL_ADMIN_USERNAME and "
                    + "GESPREKSCYCLUS_INITIAL_ADMIN_PASSWORD (at least {} characters) to create the first "
                    + "functioneel beheerder, then remove them.", MIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("GESPREKSCYCLUS_INITIAL_ADMIN_PASSWORD must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        // stored in the one form every login is compared in; "Beheerder" becomes "beheerder", "jürgen" stops the start
        String name = Usernames.canonical(username).orElseThrow(() -> new IllegalStateException(
                "GESPREKSCYCLUS_INITIAL_ADMIN_USERNAME '" + LogSafe.ascii(username) + "' is no username: "
                        + Usernames.RULE));
        accounts.save(new UserAccount(name, encoder.encode(password), null, java.util.List.of(Roles.ADMIN)));
        log.warn("Created the first ADMIN account '{}'{}. Remove GESPREKSCYCLUS_INITIAL_ADMIN_* from the environment.",
                name, name.equals(username.strip()) ? "" : " (usernames are stored in lower case)");
    }
}
