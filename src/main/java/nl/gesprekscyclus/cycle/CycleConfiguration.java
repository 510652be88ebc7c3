package nl.gesprekscyclus.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads config/cycle.yaml at start-up; an invalid file stops the start with file, field and problem. */
@Configuration
class CycleConfiguration {

    @Bean
    CycleSettings cycleSettings(@Value("${gesprekscyclus.cycle-file:config/cycle.yaml}") Path file) {
        try {
            return new CycleSettingsReader().read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cycle settings " + file.toAbsolutePath() + " cannot be read", e);
        }
    }
}
