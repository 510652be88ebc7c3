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
 * The Spring context the review screens are walked in with chromium: the demo organisation on a random port, the
 * job executor on with short waits (timers fire as in production while a test moves the engine's clock), and the
 * property {@code gc.test.context} that keeps it apart from RoundInBrowserTests' context, which expects next year's
 * round not to be started. Every class with this annotation shares the one context, so each uses its own people
 * or year. ProfileInBrowserTests shares it too (it had a context of its own only for its trusted proxy, one context
 * start per database less): its lockout takes a demo user no other class here logs in with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, ProcessDriver.class})
@TestPropertySource(locations = "classpath:test.properties",
        properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.job-execution.wait-time-in-millis=500",
                "camunda.bpm.job-execution.max-wait=2000", "gc.test.context=review-in-browser",
                // ProfileInBrowserTests' reverse proxy is 127.0.0.2 (127.0.0.1 stands for any other machine on the
                // network), with what docs/deploy.md told operators to set before: it must not widen the trust to every
                // private address. The walks send no forwarded headers, so for them nothing changes.
                "gesprekscyclus.http.trusted-proxies=" + ReviewInBrowserTest.PROXY, "server.forward-headers-strategy=native"})
@Tag("db")
@Tag("browser")
public @interface ReviewInBrowserTest {

    /** The only trusted reverse proxy of this context (ProfileInBrowserTests sends from it). */
    String PROXY = "127.0.0.2";
}
