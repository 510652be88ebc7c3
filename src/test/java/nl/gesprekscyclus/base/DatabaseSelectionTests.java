package nl.gesprekscyclus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Guards the promise that the suite runs on H2 and on a real PostgreSQL, with Flyway and Camunda's tables side by side. */
@DatabaseTest
class DatabaseSelectionTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRunOnTheDatabaseThisExecutionAskedFor() throws Exception {
        String expected = System.getProperty("gc.test.db", "h2");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            assertThat(product).contains(expected.equals("postgres") ? "postgresql" : "h2");
            assertThat(c.getMetaData().getURL()).doesNotContain("./data/");
        }
    }

    @Test
    void shouldHaveOurMigrationsAndTheEnginesTables() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
        Integer engineTables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where upper(table_name) like 'ACT_%'", Integer.class);
        assertThat(engineTables).isGreaterThan(40);
    }
}
