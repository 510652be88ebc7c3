package nl.gesprekscyclus.security;

import org.springframework.context.ApplicationContext;

/**
 * Logins for employees a test creates itself (the demo accounts cover only the demo organisation). No password:
 * tests log in through the user details, not the login form.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the login unless it exists. */
    public static void ensure(ApplicationContext context, String username, long employeeId) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        if (accounts.findByUsernameIgnoreCase(username).isEmpty()) {
            accounts.saveAndFlush(new UserAccount(username, null, employeeId, java.util.List.of()));
        }
    }
}
