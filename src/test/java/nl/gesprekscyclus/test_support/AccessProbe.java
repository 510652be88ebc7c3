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

    /**
     * Every action as every relation of a table of rights, each rolled back: "W" may do every action, "R" only the
     * one named "read", "-" none; a refusal must be in the audit trail. What went otherwise, one line each (empty
     * when the gate does exactly what the table says). The check-ins and the feedback share this walk, as they share
     * their gate (ReviewConversations).
     *
     * @param as logs in as the relation named in the table
     */
    public java.util.List<String> walk(java.util.Map<String, String> rights, java.util.Map<String, Runnable> actions,
            java.util.function.Consumer<String> as) {
        java.util.List<String> wrong = new java.util.ArrayList<>();
        rights.forEach((party, right) -> actions.forEach((what, action) -> {
            String expected = right.equals("W") || right.equals("R") && what.equals("read") ? "allowed" : "refused";
            as.accept(party);
            long refusals = refusalsAudited();
            String outcome = rolledBack(action, e -> null);
            if (!outcome.equals(expected)) {
                wrong.add(party + " " + what + ": expected " + expected + ", got " + outcome);
            } else if (outcome.equals("refused") && refusalsAudited() == refusals) {
                wrong.add(party + " " + what + ": refused but not audited");
            }
        }));
        return wrong;
    }

    /** How many refusals the audit trail holds. */
    public long refusalsAudited() {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = ?", Long.class,
                AuditTrail.REFUSED);
    }
}
