package nl.gesprekscyclus.checkin;

import java.time.LocalDate;
import nl.gesprekscyclus.test_support.TestClock;
import org.springframework.context.ApplicationContext;

/**
 * The check-in tests' day: in 2064 (the years these tests own), the application's clock running from 10:00. A
 * check-in cannot be dated after today, so a review of 2064 takes check-ins only when "today" is in 2064. Both
 * classes move the shared {@link TestClock} there before each test and back after it, in the context every
 * {@code @DatabaseTest} class shares (no context of their own any more).
 */
public final class CheckInTestClock {

    public static final int YEAR = 2064;
    public static final LocalDate TODAY = LocalDate.of(YEAR, 9, 15);

    private CheckInTestClock() {
    }

    /** The application's clock to {@link #TODAY}, 10:00, running. */
    public static void start(ApplicationContext context) {
        context.getBean(TestClock.class).runFrom(TODAY.atTime(10, 0));
    }

    /** The application's clock back to the system's. */
    public static void stop(ApplicationContext context) {
        context.getBean(TestClock.class).reset();
    }
}
