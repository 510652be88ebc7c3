package nl.gesprekscyclus.organisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.gesprekscyclus.base.startup.StartupStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: on an empty database, imports the demo organisation of Ommen from {@code config/demo/units.csv}
 * (the managers of the units the function book seeded: gemeente → clusters) and {@code config/demo/employees.csv},
 * in one go through the same importer the admin screen uses. A demo folder with an {@code organisation.yaml}
 * instead (Middelstad, profile demo-middelstad) has both files generated from it ({@link DemoMunicipality}). A start step (after the unit tree): a file with a bad
 * row stops the start and leaves the database as it was.
 */
@Component
@Profile("demo")
public class DemoOrganisationLoader implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

    /** In the demo folder instead of the two files: the description of a municipality to generate. */
    public static final String GENERATED = "organisation.yaml";

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
            Path unitsFile = demoDir.resolve("units.csv");
            Path generated = demoDir.resolve(GENERATED);
            byte[] csv;
            byte[] unitsCsv;
            if (Files.exists(generated)) {
                // a generated municipality (Middelstad): its files, made in memory, take the same import path
                DemoMunicipality.Generated municipality = DemoMunicipality.generate(DemoMunicipality.read(generated));
                file = generated;
                csv = municipality.employeesCsv();
                unitsCsv = municipality.unitsCsv();
            } else {
                csv = read(file);
                unitsCsv = Files.exists(unitsFile) ? read(unitsFile) : null;
            }
            ImportReport report = importer.importFiles(unitsCsv, csv);
            if (!report.applied()) {
                String problems = Stream.concat(report.unitFileProblems().stream(), report.fileProblems().stream())
                        .map(v -> v.message(Locale.ENGLISH)).collect(Collectors.joining("; "))
                        + report.unitRows().stream().filter(r -> !r.ok())
                        .map(r -> "units line " + r.line() + ": " + r.violations().stream()
                                .map(v -> v.field() + " " + v.message(Locale.ENGLISH)).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))
                        + report.rows().stream().filter(r -> !r.ok())
                        .map(r -> "line " + r.line() + ": " + r.violations().stream()
                                .map(v -> v.field() + " " + v.message(Locale.ENGLISH)).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
                throw new IllegalStateException("Demo organisation " + file + " is invalid: " + problems);
            }
            log.info("Demo organisation loaded from {}: {} units, {} employees", demoDir, report.unitRows().size(),
                    report.rows().size());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo organisation " + file.toAbsolutePath() + " cannot be read", e);
        }
    }
}
