package nl.gesprekscyclus.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The check-in tests' application clock: a day in 2064 (the years these tests own), running. A check-in cannot be
 * dated after today, so a review of 2064 takes check-ins only when "today" is in 2064. One context for the check-in
 * service and screen tests (both import exactly this).
 */
@TestConfiguration
public class CheckInTestClock {

    public static final int YEAR = 2064;
    public static final LocalDate TODAY = LocalDate.of(YEAR, 9, 15);

    @Bean
    @Primary
    Clock checkInTestClock() {
        Clock system = Clock.systemDefaultZone();
        return Clock.offset(system, Duration.between(system.instant(),
                TODAY.atTime(10, 0).atZone(system.getZone()).toInstant()));
    }
}
