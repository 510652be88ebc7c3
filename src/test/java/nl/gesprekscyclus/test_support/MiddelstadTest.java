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
 * The Spring context of the demo municipality Middelstad ({@code demo-middelstad}: 600 generated employees in
 * teams under teamleiders, Middelstad's own assessment policy) on a random port, with the job executor on and short
 * waits, so a review started in a test moves through its phases as in production. The organisation tests and the
 * browser walk share it: one Middelstad context per database, not one per class. No demo round: the tests start
 * their own reviews.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo-middelstad"})
@Import({TestDatabaseConfiguration.class, ProcessDriver.class})
@TestPropertySource(locations = "classpath:test.properties",
        properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=500",
                "camunda.bpm.job-execution.max-wait=2000"})
@Tag("db")
public @interface MiddelstadTest {
}
