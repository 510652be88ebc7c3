package nl.gesprekscyclus.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: every stored username in the one form logins are compared in ({@link Usernames}). Before that rule
 * the first admin was stored as typed in {@code GESPREKSCYCLUS_INITIAL_ADMIN_USERNAME} (e.g. "Beheerder"); such a
 * name is renamed to its form (logged and audited), and logging in works as before since what is typed is brought
 * into the same form. A name without a form ("jürgen") or whose form another account has could never log in
 * again: the application does not start and says which account to rename, rather than leave an account nobody
 * can reach. A Java check and not a migration: SQL's lower() folds differently per database and could not tell.
 */
@Component
class StoredUsernamesCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StoredUsernamesCheck.class);

    private final UserAccountRepository accounts;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    StoredUsernamesCheck(UserAccountRepository accounts, TransactionTemplate tx, AuditTrail audit) {
        this.accounts = accounts;
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tx.executeWithoutResult(status -> {
            List<UserAccount> all = accounts.findAll();
            Set<String> taken = new HashSet<>();
            all.forEach(a -> taken.add(a.getUsername()));
            List<String> problems = new ArrayList<>();
            for (UserAccount account : all) {
                String stored = account.getUsername();
                if (Usernames.isCanonical(stored)) {
                    continue;
                }
                Optional<String> form = Usernames.canonical(stored);
                if (form.isEmpty()) {
                    problems.add("account " + account.getId() + " '" + LogSafe.ascii(stored) + "' is no username ("
                            + Usernames.RULE + ")");
                } else if (!taken.add(form.get())) {
                    problems.add("account " + account.getId() + " '" + LogSafe.ascii(stored) + "' would become '"
                            + form.get() + "', which another account already has");
                } else {
                    account.rename(form.get());
                    log.warn("User account {} renamed from '{}' to '{}': usernames are stored in one form",
                            account.getId(), LogSafe.ascii(stored), form.get());
                    audit.record("(system)", "ACCOUNT_RENAMED", "account " + account.getId(), null,
                            AuditTrail.SUCCESS, null, "'" + LogSafe.ascii(stored) + "' -> '" + form.get() + "'");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Table user_account holds usernames nobody could log in with: "
                        + String.join("; ", problems) + ". Rename them (update user_account set username = "
                        + "'<new name>' where id = <id>) and start again.");
            }
        });
    }
}
