package nl.gesprekscyclus.functionbook;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the function books are read from ({@code gesprekscyclus.function-books-dir}, default config/functionbooks). */
@ConfigurationProperties(prefix = "gesprekscyclus")
public record FunctionBookProperties(Path functionBooksDir) {
    public FunctionBookProperties {
        if (functionBooksDir == null) {
            functionBooksDir = Path.of("config", "functionbooks");
        }
    }
}
