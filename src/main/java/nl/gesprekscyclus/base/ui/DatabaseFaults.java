package nl.gesprekscyclus.base.ui;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached right now" (restart, network, pool waiting in vain) apart from every other
 * failure, so the screens can say "try again in a minute" instead of "something went wrong". Walks the causes:
 * the same outage reaches us as Spring's exceptions from our services, as Hibernate's, or as the engine's
 * exception wrapping the driver's.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception" in the SQL standard (PostgreSQL and H2 both use it); 57P01-57P03
     * are PostgreSQL's "the server is shutting down / starting up".
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
