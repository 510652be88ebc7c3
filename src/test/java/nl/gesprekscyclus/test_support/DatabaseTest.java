package nl.gesprekscyclus.test_support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A test with the whole application (no web server) and the demo organisation of Ommen, on H2 or on
 * PostgreSQL depending on the surefire execution; never the developer's ./data database. Tagged "db": the PostgreSQL execution runs exactly these.
 * <p>
 * Every class with this annotation shares one Spring context per test JVM (issue 21: a context costs 10-20 s to start
 * with the engine and the demo). So the test helpers some classes need, {@link ProcessDriver} and
 * {@link PrivacyFixture}, are in every such context rather than imported per class: a class that adds an
 * {@code @Import}, a property or a bean of its own gets a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, ProcessDriver.class, PrivacyFixture.class})
@TestPropertySource(locations = "classpath:test.properties")
@Tag("db")
public @interface DatabaseTest {
}
