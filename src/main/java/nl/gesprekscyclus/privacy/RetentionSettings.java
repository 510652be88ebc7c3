package nl.gesprekscyclus.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a finished review is kept: {@code gesprekscyclus.retention.years} after it was closed (or ended), by
 * default 5 (Selectielijst gemeenten en intergemeentelijke organen 2020, 4.1.13: beoordelingsgesprekken, 5 jaar).
 */
@ConfigurationProperties("gesprekscyclus.retention")
record RetentionSettings(@DefaultValue("5") int years) {

    RetentionSettings {
        if (years < 1) {
            throw new IllegalArgumentException(
                    "config/application.yml: gesprekscyclus.retention.years must be at least 1, was " + years);
        }
    }
}
