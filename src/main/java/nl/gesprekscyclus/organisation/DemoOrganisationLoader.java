package nl.gesprekscyclus.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.gesprekscyclus.base.startup.StartupStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: on an empty database, imports the demo organisation of Ommen from
 * {@code config/demo/employees.csv} through the same importer the admin screen uses. A start step (after the
 * clusters): a file with a bad row stops the start and leaves the database as it was.
 */
@Component
@Profile("demo")
public class DemoOrganisationLoader implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

    private final EmployeeImporter importer;
    private final EmployeeRepository employees;
    private final Path demoDir;

    DemoOrganisationLoader(EmployeeImporter importer, EmployeeRepository employees,
            @Value("${gesprekscyclus.demo-dir:config/demo}") Path demoDir) {
        this.importer = importer;
        this.employees = employees;
        this.demoDir = demoDir;
    }

    @Override
    public int getOrder() {
        return DEMO_ORGANISATION;
    }

    @Override
    public void run() {
        if (employees.count() == 0) {
            Path file = demoDir.resolve("employees.csv");
            byte[] csv;
            try {
                csv = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Demo organisation " + file.toAbsolutePath() + " cannot be read", e);
            }
            ImportReport report = importer.importFile(csv);
            if (!report.applied()) {
                String problems = report.fileProblems().stream().map(v -> v.message(Locale.ENGLISH))
                        .collect(Collectors.joining("; "))
                        + report.rows().stream().filter(r -> !r.ok())
                        .map(r -> "line " + r.line() + ": " + r.violations().stream()
                                .map(v -> v.field() + " " + v.message(Locale.ENGLISH)).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
                throw new IllegalStateException("Demo organisation " + file + " is invalid: " + problems);
            }
            log.info("Demo organisation loaded from {}: {} employees", file, report.rows().size());
        }
    }
}
