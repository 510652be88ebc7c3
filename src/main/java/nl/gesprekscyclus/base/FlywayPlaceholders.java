package nl.gesprekscyclus.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of migrations for H2 and PostgreSQL: the few types that differ are placeholders filled in
 * from the database the application is connected to.
 */
@Configuration
class FlywayPlaceholders {

    @Bean
    FlywayConfigurationCustomizer databaseTypePlaceholders(DataSource dataSource) {
        return configuration -> {
            String product;
            try (Connection c = dataSource.getConnection()) {
                product = c.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach the database to prepare migrations", e);
            }
            boolean postgres = product.toLowerCase().contains("postgres");
            configuration.placeholders(Map.of("large_text", postgres ? "text" : "character large object"));
        };
    }
}
