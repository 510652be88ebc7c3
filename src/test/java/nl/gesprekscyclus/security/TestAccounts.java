package nl.gesprekscyclus.security;

import org.springframework.context.ApplicationContext;

/** Logins for employees a test creates itself (the demo accounts cover only the demo organisation). */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the login unless it exists; {@code password} may be null (no form login). */
    public static void ensure(ApplicationContext context, String username, long employeeId, String password) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        if (accounts.findByUsernameIgnoreCase(username).isEmpty()) {
            String hash = password == null ? null
                    : context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class).encode(password);
            accounts.saveAndFlush(new UserAccount(username, hash, employeeId, java.util.List.of()));
        }
    }
}
