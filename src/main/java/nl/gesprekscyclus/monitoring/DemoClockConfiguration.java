package nl.gesprekscyclus.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** The application's clock when the demo round runs: {@link DemoClock}, on today or on the configured day. */
@Configuration
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.round.enabled", havingValue = "true")
class DemoClockConfiguration {

    @Bean
    @Primary
    DemoClock demoClock(@Value("${gesprekscyclus.demo.today:}") String today) {
        Clock system = Clock.systemDefaultZone();
        if (today.isBlank()) {
            return new DemoClock(system);
        }
        // the configured day from ten in the morning on, running (a test on that day does not run into the next)
        LocalDate day = LocalDate.parse(today.strip());
        Duration shift = Duration.between(system.instant(), day.atTime(10, 0).atZone(system.getZone()).toInstant());
        return new DemoClock(Clock.offset(system, shift));
    }
}
