package nl.gesprekscyclus.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the application's scheduled jobs: the mail sender and digest, the audit trail's sealer and nightly check,
 * and retention. One switch for all of them, so switching the mail schedule off ({@code gesprekscyclus.mail.scheduled})
 * no longer stops retention and the audit seal as well. Tests switch it off and call the jobs with a chosen time.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "gesprekscyclus.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
