package nl.gesprekscyclus.test_support;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The real migrations on a database of a migration test's own, up to a version: the test fills in rows as an older
 * version left them, then migrates the rest and looks at what the migration made of them.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Whether this run is the PostgreSQL execution (then the test starts an embedded PostgreSQL of its own). */
    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("gc.test.db"));
    }

    /** A fresh in-memory H2 of its own. */
    public static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Migrates up to and including {@code target}, or everything when it is null. */
    public static void migrate(DataSource db, boolean postgres, String target) {
        var configuration = configuration(db, postgres);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /**
     * Migrates everything before {@code version}, whichever versions that is (other branches add theirs): the
     * database as the version before it left it.
     */
    public static void migrateBefore(DataSource db, boolean postgres, String version) {
        MigrationVersion next = MigrationVersion.fromVersion(version);
        MigrationVersion last = java.util.Arrays.stream(configuration(db, postgres).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v != null && v.compareTo(next) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        migrate(db, postgres, last.getVersion());
    }

    private static FluentConfiguration configuration(DataSource db, boolean postgres) {
        return Flyway.configure().dataSource(db)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .placeholders(Map.of("large_text", postgres ? "text" : "character large object"));
    }
}
