package nl.gesprekscyclus.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the application refuses to start on a database that holds demo logins:
 * their password is printed in the README, so such a database must never serve real personnel files.
 */
@Component
@Profile("!demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionSafetyCheck implements SmartInitializingSingleton {

    private final UserAccountRepository accounts;

    ProductionSafetyCheck(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long demo = accounts.countByDemoTrue();
        if (demo > 0) {
            throw new IllegalStateException("This database holds " + demo + " demo logins with the published demo "
                    + "password; refusing to start outside the demo profile. Use a fresh database for production.");
        }
    }
}
