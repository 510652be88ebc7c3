package nl.gesprekscyclus.security;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login accounts for employees a test created itself (the demo accounts come from config/demo/users.yaml).
 * The password is random and never used: tests log in through {@code Login.as}. Not marked as demo, so the
 * demo-account count stays as the demo organisation has it.
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Creates the account unless it exists. */
    public static void ensure(ApplicationContext context, String username, long employeeId, List<String> extraRoles) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            if (accounts.findByUsernameIgnoreCase(username).isEmpty()) {
                accounts.save(new UserAccount(username, "{noop}" + UUID.randomUUID(), employeeId, extraRoles));
            }
        });
    }
}
