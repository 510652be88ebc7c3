package nl.gesprekscyclus.test_support;

import java.util.function.Function;
import nl.gesprekscyclus.audit.AuditTrail;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls one case of the authorization matrix: the action as whoever is logged in, everything it wrote rolled
 * back (the engine joins the same transaction), so thousands of cases can share one fixture. Refusals are
 * recorded in a transaction of their own and stay, which {@link #refusalsAudited()} counts.
 */
public final class AccessProbe {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    public AccessProbe(ApplicationContext context) {
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /**
     * "allowed" when the action returns, "refused" on access denied; any other exception is named by
     * {@code outcomeOf} (null: not an outcome the table knows, thrown on).
     */
    public String rolledBack(Runnable action, Function<RuntimeException, String> outcomeOf) {
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            try {
                action.run();
                return "allowed";
            } catch (AccessDeniedException e) {
                return "refused";
            } catch (RuntimeException e) {
                String outcome = outcomeOf.apply(e);
                if (outcome == null) {
                    throw e;
                }
                return outcome;
            }
        });
    }

    /** How many refusals the audit trail holds. */
    public long refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = ?", Long.class,
                AuditTrail.REFUSED);
    }
}
