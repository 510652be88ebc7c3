package nl.gesprekscyclus.organisation;

import org.springframework.test.context.TestPropertySource;

/**
 * {@link BigImportTests} on PostgreSQL: its context gets the embedded PostgreSQL of TestDatabaseConfiguration
 * ({@code gc.test.db=postgres} here, not as a system property of the JVM), so the surefire execution
 * {@code big-import} runs both databases' imports side by side, each in a JVM of its own with {@code -Xmx512m}.
 */
@TestPropertySource(properties = "gc.test.db=postgres")
class BigImportOnPostgresTests extends BigImportTests {
}
