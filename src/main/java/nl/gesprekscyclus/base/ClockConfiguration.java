package nl.gesprekscyclus.base;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The application's clock: the system's, unless a configuration of the application gives one (the demo round's
 * {@code DemoClock}, a test's fixed day). An auto-configuration (listed in META-INF/spring/…AutoConfiguration.imports)
 * so that "missing" is judged after all of the application's own configurations. As a plain configuration it was
 * judged in scan order, before the demo's, and the demo then had two clocks: Spring picked the primary one, but
 * Vaadin's instantiator, which asks for the one bean of a type, failed, and every review screen of the README's
 * demo showed "Er ging iets mis".
 */
@AutoConfiguration
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
