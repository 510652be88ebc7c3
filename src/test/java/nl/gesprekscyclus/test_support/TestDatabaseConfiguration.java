package nl.gesprekscyclus.test_support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With {@code -Dgc.test.db=postgres} (the second surefire execution) the Spring tests run against a real
 * PostgreSQL from Maven jars: each Spring context gets a database of its own, on one PostgreSQL server per test JVM
 * ({@link SharedServer}). Before 2026-12-07 each context started a server of its own (initdb and a start, about 2 s
 * per context on these 2 cores).
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gc.test.db", havingValue = "postgres")
public class TestDatabaseConfiguration {

    /** Pooled: zonky's data source opens a new PostgreSQL connection (a new server process) for every
     *  transaction, which made tests with thousands of short transactions (the authorization matrix) take minutes.
     *  Closed by Spring after the engine; the database is dropped after the pool. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource() {
        String database = SharedServer.createDatabase();
        HikariConfig config = new HikariConfig();
        config.setDataSource(SharedServer.server().getDatabase("postgres", database));
        config.setMaximumPoolSize(10);
        // a context idle in the cache keeps one connection, not ten: many contexts share the server's connections
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5000); // as config/application.yml sets it for the application
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                SharedServer.dropDatabase(database);
            }
        };
    }

    /**
     * One PostgreSQL server for all contexts of this JVM, stopped when the JVM ends, after the contexts that use it:
     * its shutdown hook waits until every context has closed its pool (Spring closes the cached contexts from a
     * shutdown hook of its own, and the JVM runs the hooks side by side), so an engine never loses its database
     * while it shuts down.
     */
    static final class SharedServer {

        private static EmbeddedPostgres server;
        private static int databases;

        private SharedServer() {
        }

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                            // a context idle in the cache keeps a connection open; room for all of them
                            .setServerConfig("max_connections", "300").start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(SharedServer::stopWhenUnused, "shared-postgres-stop"));
            }
            return server;
        }

        static synchronized String createDatabase() {
            String name = "gc_" + UUID.randomUUID().toString().replace("-", "");
            execute("create database " + name);
            databases++;
            return name;
        }

        static synchronized void dropDatabase(String name) {
            try {
                // FORCE: a connection a test left open (outside the pool) does not keep the database
                execute("drop database if exists " + name + " with (force)");
            } finally {
                databases--;
                SharedServer.class.notifyAll();
            }
        }

        private static void execute(String sql) {
            try (Connection connection = server().getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        private static synchronized void stopWhenUnused() {
            long until = System.nanoTime() + 60_000_000_000L;
            try {
                while (databases > 0 && System.nanoTime() < until) {
                    SharedServer.class.wait(1000);
                }
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                System.err.println("shared PostgreSQL did not stop: " + e);
            }
        }
    }
}
