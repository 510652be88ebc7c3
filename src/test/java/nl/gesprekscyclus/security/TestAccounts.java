package nl.gesprekscyclus.security;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login accounts for employees a test created itself (the demo accounts come from config/demo/users.yaml).
 * Not marked as demo, so the demo-account count stays as the demo organisation has it.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the account unless it exists, with a random password: tests log in through {@code Login.as}. */
    public static void ensure(ApplicationContext context, String username, long employeeId, List<String> extraRoles) {
        save(context, username, employeeId, "{noop}" + UUID.randomUUID(), extraRoles);
    }

    /** Creates the account unless it exists, with a password for the form login (e.g. in a real browser). */
    public static void ensureWithPassword(ApplicationContext context, String username, long employeeId,
            String password) {
        save(context, username, employeeId, context.getBean(PasswordEncoder.class).encode(password), List.of());
    }

    private static void save(ApplicationContext context, String username, long employeeId, String hash,
            List<String> extraRoles) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.save(new UserAccount(username, hash, employeeId, extraRoles));
            }
        });
    }
}
