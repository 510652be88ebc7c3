package nl.gesprekscyclus.test_support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A test with the whole application (no web server) and the demo organisation of Ommen, on H2 or on
 * PostgreSQL depending on the surefire execution; never the developer's ./data database. Tagged "db": the PostgreSQL execution runs exactly these.
 * <p>
 * The classes that add {@code @Import({ProcessDriver.class, PrivacyFixture.class})} (the fifteen that drive the engine
 * or build a closed review's data; both helpers, so the two groups share one context instead of one each) get a
 * context, and so a database, of their own. Putting both helpers in here (one context fewer to start) was tried on 2026-12-06
 * and broke the PostgreSQL execution: their worlds share years with the others' (RoleOverviewWorld's round of 2057;
 * the matrices' roles of 2042), so the test data would first have to be allocated in one place (issue 21, item 5:
 * a scenario builder).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(locations = "classpath:test.properties")
@Tag("db")
public @interface DatabaseTest {
}
