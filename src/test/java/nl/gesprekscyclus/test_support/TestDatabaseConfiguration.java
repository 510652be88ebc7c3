package nl.gesprekscyclus.test_support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With {@code -Dgc.test.db=postgres} (the second surefire execution) the Spring tests run against a real
 * PostgreSQL from Maven jars. Started as a bean without zonky's own shutdown hook, so Spring closes the
 * engine and the pool before the database goes away.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gc.test.db", havingValue = "postgres")
public class TestDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    /** Pooled: zonky's data source opens a new PostgreSQL connection (a new server process) for every
     *  transaction, which made tests with thousands of short transactions (the authorization matrix) take minutes. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(5000); // as config/application.yml sets it for the application
        return new HikariDataSource(config);
    }
}
