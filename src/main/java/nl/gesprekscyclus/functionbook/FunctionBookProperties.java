package nl.gesprekscyclus.functionbook;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the function books are read from ({@code gesprekscyclus.function-books-dir}, default config/functionbooks),
 * and the mapping file for a start on which the book drops job titles employees hold
 * ({@code gesprekscyclus.function-book-mapping}, none by default; docs/functionbook-format.md).
 */
@ConfigurationProperties(prefix = "gesprekscyclus")
public record FunctionBookProperties(Path functionBooksDir, Path functionBookMapping) {
    public FunctionBookProperties {
        if (functionBooksDir == null) {
            functionBooksDir = Path.of("config", "functionbooks");
        }
    }
}
