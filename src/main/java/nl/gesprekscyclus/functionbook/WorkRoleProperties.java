package nl.gesprekscyclus.functionbook;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the role catalogue is read from ({@code gesprekscyclus.roles.location}, default config/roles). A folder that
 * does not exist means: this organisation works without roles (docs/roles.md).
 */
@ConfigurationProperties(prefix = "gesprekscyclus.roles")
public record WorkRoleProperties(Path location) {
    public WorkRoleProperties {
        if (location == null) {
            location = Path.of("config", "roles");
        }
    }
}
