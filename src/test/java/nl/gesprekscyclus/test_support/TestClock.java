package nl.gesprekscyclus.test_support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock in every {@link DatabaseTest} context: the system's, unless a test moves it to another day
 * for a while ({@link #runFrom}), and back with {@link #reset}. It is the context's only clock (base.ClockConfiguration
 * gives none beside it), so the services and the screens read it as they read the system's in production.
 * <p>
 * A test double shared by the classes of the context, instead of a context of their own for a fixed clock (the
 * check-in tests had one: a context start per database and fork). Classes of one context run one after the other, so
 * a class that moves the clock has it to itself until it resets it (in an {@code @AfterEach}).
 */
public final class TestClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock reads {@code moment} (in the system's zone), and runs on from there. */
    public void runFrom(LocalDateTime moment) {
        offset = Duration.between(system.instant(), moment.atZone(system.getZone()).toInstant());
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Puts the clock into the context (imported by {@link DatabaseTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }
}
