package nl.gesprekscyclus.base.ui;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "the database cannot be reached right now" (restart, network) and "every connection is in use" (a busy
 * moment) apart from every other failure, so the screens can say "try again in a minute" or "it is busy" instead of
 * "something went wrong". Walks the causes: the same outage reaches us as Spring's exceptions from our services, as
 * Hibernate's, or as the engine's exception wrapping the driver's.
 */
public final class DatabaseFaults {

    /** What a failure says about the database, each with the sentence a person reads. */
    public enum Kind {
        /** Restart, network, server gone: the pool cannot make a connection. */
        UNREACHABLE("error.databaseUnavailable.title", "error.databaseUnavailable.text"),
        /** The database is fine, but every pooled connection stayed in use for the whole connection timeout. */
        BUSY("error.databaseBusy.title", "error.databaseBusy.text"),
        /** Anything else: a refused write, a bug. */
        OTHER("error.unexpected.title", "error.unexpected.text");

        private final String titleKey;
        private final String textKey;

        Kind(String titleKey, String textKey) {
            this.titleKey = titleKey;
            this.textKey = textKey;
        }

        public String titleKey() {
            return titleKey;
        }

        public String textKey() {
            return textKey;
        }
    }

    private DatabaseFaults() {
    }

    public static Kind kind(Throwable failure) {
        List<Throwable> causes = causes(failure);
        // the busy pool first: Spring wraps it in CannotCreateTransactionException, which alone would read as down
        if (causes.stream().anyMatch(DatabaseFaults::isPoolExhausted)) {
            return Kind.BUSY;
        }
        for (Throwable t : causes) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return Kind.UNREACHABLE;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return Kind.UNREACHABLE;
            }
        }
        return Kind.OTHER;
    }

    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = new LinkedHashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            // the loop stops at a cause seen before
        }
        return List.copyOf(seen);
    }

    /**
     * Hikari's "Connection is not available, request timed out" carries the last failure to make a connection as
     * its cause; without one, the pool could connect and every connection was simply in use (seen with 200 users on
     * 2 cores). Wrongly telling people the database is down then sends them to the helpdesk for nothing.
     */
    private static boolean isPoolExhausted(Throwable t) {
        return t instanceof SQLTransientConnectionException && t.getCause() == null
                && ((SQLException) t).getNextException() == null
                && String.valueOf(t.getMessage()).contains("Connection is not available");
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
