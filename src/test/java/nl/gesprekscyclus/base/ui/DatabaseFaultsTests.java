package nl.gesprekscyclus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures make the screens say "De database is even niet bereikbaar" rather than "Er ging iets mis". */
class DatabaseFaultsTests {

    @Test
    void aServiceCallWithoutAConnectionIsAnOutage() {
        // what @Transactional throws when Hikari waited connection-timeout in vain
        assertThat(DatabaseFaults.isDatabaseUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseFaults.isDatabaseUnavailable(new CannotGetJdbcConnectionException("down"))).isTrue();
    }

    @Test
    void theEnginesWrappedDriverErrorIsAnOutage() {
        // Camunda wraps MyBatis wrapping the driver: only the SQLSTATE (08006, connection failure) says what happened
        RuntimeException engine = new RuntimeException("ENGINE-03004 Exception while executing Database Operation",
                new RuntimeException("### Error querying database", new SQLException("An I/O error occurred", "08006")));
        assertThat(DatabaseFaults.isDatabaseUnavailable(engine)).isTrue();
        assertThat(DatabaseFaults.isDatabaseUnavailable(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
    }

    @Test
    void aRefusedWriteOrABugIsNotAnOutage() {
        assertThat(DatabaseFaults.isDatabaseUnavailable(new DataIntegrityViolationException("unique"))).isFalse();
        assertThat(DatabaseFaults.isDatabaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFaults.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
