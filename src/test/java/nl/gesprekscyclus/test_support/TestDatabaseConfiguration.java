package nl.gesprekscyclus.test_support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
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

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
