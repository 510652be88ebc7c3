package nl.gesprekscyclus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import nl.gesprekscyclus.base.ui.DatabaseFaults.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures make the screens say "De database is even niet bereikbaar", which "Het is op dit moment erg druk",
 * and which "Er ging iets mis". The pool cases use a real Hikari pool, as the application does.
 */
class DatabaseFaultsTests {

    @Test
    void aPoolWhoseConnectionsAreAllInUseIsBusyNotDown() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:busy-" + System.nanoTime());
                Connection taken = pool.getConnection()) {
            // the one connection is made and in use; the next request waits the connection timeout in vain
            Throwable waitedInVain = catchThrowable(pool::getConnection);
            assertThat(waitedInVain).hasMessageContaining("Connection is not available");
            // what @Transactional throws around it
            assertThat(DatabaseFaults.kind(new CannotCreateTransactionException("no connection", waitedInVain)))
                    .isEqualTo(Kind.BUSY);
        }
    }

    @Test
    void aPoolThatCannotConnectIsAnOutage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/gesprekscyclus")) {
            Throwable waitedInVain = catchThrowable(pool::getConnection);
            assertThat(waitedInVain).hasMessageContaining("Connection is not available");
            assertThat(DatabaseFaults.kind(new CannotCreateTransactionException("no connection", waitedInVain)))
                    .isEqualTo(Kind.UNREACHABLE);
        }
        assertThat(DatabaseFaults.kind(new CannotGetJdbcConnectionException("down"))).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void theEnginesWrappedDriverErrorIsAnOutage() {
        // Camunda wraps MyBatis wrapping the driver: only the SQLSTATE (08006, connection failure) says what happened
        RuntimeException engine = new RuntimeException("ENGINE-03004 Exception while executing Database Operation",
                new RuntimeException("### Error querying database", new SQLException("An I/O error occurred", "08006")));
        assertThat(DatabaseFaults.kind(engine)).isEqualTo(Kind.UNREACHABLE);
        assertThat(DatabaseFaults.kind(new SQLException("terminating connection due to administrator command",
                "57P01"))).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aRefusedWriteOrABugIsNeither() {
        assertThat(DatabaseFaults.kind(new DataIntegrityViolationException("unique"))).isEqualTo(Kind.OTHER);
        assertThat(DatabaseFaults.kind(new SQLException("duplicate key", "23505"))).isEqualTo(Kind.OTHER);
        assertThat(DatabaseFaults.kind(new IllegalStateException("bug"))).isEqualTo(Kind.OTHER);
    }

    /** One connection, a one-second wait (room to make the first one), no failure when the database is not there. */
    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(url.contains("postgresql") ? "postgres" : "sa");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
