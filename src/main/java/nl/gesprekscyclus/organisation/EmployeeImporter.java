package nl.gesprekscyclus.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a whole employee file against the organisation as it would be after the import (database
 * overlaid with the file), and applies it in one transaction only when every row is right: nothing is
 * ever partially imported. Used by the admin import screen and by the demo data.
 */
@Component
class EmployeeImporter {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImporter.class);

    private final EmployeeRepository employees;
    private final ClusterRepository clusters;
    private final FunctionBooks books;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    EmployeeImporter(EmployeeRepository employees, ClusterRepository clusters, FunctionBooks books, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.employees = employees;
        this.clusters = clusters;
        this.books = books;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ImportReport check(byte[] content) {
        return analyse(EmployeeCsvParser.parse(content)).report(false);
    }

    @Transactional
    public ImportReport importFile(byte[] content) {
        Analysis analysis = analyse(EmployeeCsvParser.parse(content));
        if (analysis.hasErrors()) {
            return analysis.report(false);
        }
        apply(analysis);
        ImportReport report = analysis.report(true);
        log.info("Employee import applied: {} new, {} updated, {} unchanged", report.count(ImportReport.Action.NEW),
                report.count(ImportReport.Action.UPDATE), report.count(ImportReport.Action.UNCHANGED));
        return report;
    }

    private Analysis analyse(EmployeeCsvParser.ParsedFile file) {
        if (!file.fileProblems().isEmpty()) {
            return new Analysis(file, Map.of(), Map.of(), Set.of(), Map.of());
        }
        // who is referenced as coordinator in the file gets the coördinatiemodule (an HR export lists the assignment)
        Set<String> referencedCoordinators = new HashSet<>();
        for (EmployeeCsvParser.Row row : file.rows()) {
            if (row.data().coordinatorNumber() != null) {
                referencedCoordinators.add(row.data().coordinatorNumber());
            }
        }
        // one read of the organisation serves the rules, the e-mail check, the report and the apply step
        Map<String, Employee> loaded = new HashMap<>();
        Map<String, EmployeeData> existing = new HashMap<>();
        Map<String, EmployeeRules.Person> persons = new HashMap<>();
        Map<String, String> emailOwners = new HashMap<>();
        for (Employee e : employees.findAllWithReferences()) {
            EmployeeData data = e.toData();
            loaded.put(data.personnelNumber(), e);
            existing.put(data.personnelNumber(), data);
            persons.put(data.personnelNumber(), new EmployeeRules.Person(data.personnelNumber(), data.active(),
                    data.coordinationModule(), data.managerNumber()));
            emailOwners.put(data.email(), data.personnelNumber());
        }
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        Map<String, String> fileEmails = new HashMap<>();
        Map<Integer, List<Violation>> rowViolations = new LinkedHashMap<>();
        for (EmployeeCsvParser.Row row : file.rows()) {
            EmployeeData d = row.data();
            List<Violation> v = new ArrayList<>(row.violations());
            if (d.personnelNumber() != null) {
                Integer first = firstLineOfNumber.putIfAbsent(d.personnelNumber(), row.line());
                if (first != null) {
                    v.add(Violation.of("personnelNumber", "import.error.duplicateNumber", first));
                }
                // an e-mail address that this file moves away from its old owner is free again
                EmployeeData before = existing.get(d.personnelNumber());
                if (before != null) {
                    emailOwners.remove(before.email(), d.personnelNumber());
                }
                persons.put(d.personnelNumber(), new EmployeeRules.Person(d.personnelNumber(), d.active(),
                        d.coordinationModule() || referencedCoordinators.contains(d.personnelNumber())
                                || persons.containsKey(d.personnelNumber())
                                && persons.get(d.personnelNumber()).coordinationModule(),
                        d.managerNumber()));
            }
            if (d.email() != null) {
                String other = fileEmails.putIfAbsent(d.email(), d.personnelNumber() == null ? "?" : d.personnelNumber());
                if (other != null && !other.equals(d.personnelNumber())) {
                    v.add(Violation.of("email", "import.error.duplicateEmail", other));
                }
            }
            rowViolations.put(row.line(), v);
        }
        // referenced coordinators that are only in the database get the module too
        for (String number : referencedCoordinators) {
            EmployeeRules.Person p = persons.get(number);
            if (p != null && !p.coordinationModule()) {
                persons.put(number, new EmployeeRules.Person(p.personnelNumber(), p.active(), true, p.managerNumber()));
            }
        }
        emailOwners.putAll(fileEmails);
        FunctionBook book = books.current().book();
        Set<String> clusterCodes = new HashSet<>();
        clusters.findAll().forEach(c -> clusterCodes.add(c.getCode()));
        LocalDate today = LocalDate.now(clock);
        EmployeeRules.Context context = new EmployeeRules.Context() {
            @Override
            public boolean jobTitleExists(String code) {
                return book.jobTitle(code).isPresent();
            }

            @Override
            public boolean clusterExists(String code) {
                return clusterCodes.contains(code);
            }

            @Override
            public Optional<EmployeeRules.Person> person(String personnelNumber) {
                return Optional.ofNullable(persons.get(personnelNumber));
            }

            @Override
            public Optional<String> emailOwner(String email) {
                return Optional.ofNullable(emailOwners.get(email));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        };
        for (EmployeeCsvParser.Row row : file.rows()) {
            List<Violation> v = rowViolations.get(row.line());
            for (Violation violation : EmployeeRules.validate(row.data(), context)) {
                // the parser already said why the date could not be read
                boolean dateAlreadyReported = violation.field().equals("startDate")
                        && v.stream().anyMatch(x -> x.field().equals("startDate"));
                if (!dateAlreadyReported) {
                    v.add(violation);
                }
            }
        }
        Map<Integer, ImportReport.Action> actions = new HashMap<>();
        for (EmployeeCsvParser.Row row : file.rows()) {
            EmployeeData before = row.data().personnelNumber() == null ? null : existing.get(row.data().personnelNumber());
            EmployeeData after = row.data();
            if (before != null && referencedCoordinators.contains(after.personnelNumber()) || before != null && before.coordinationModule()) {
                after = withModule(after);
            }
            actions.put(row.line(), before == null ? ImportReport.Action.NEW
                    : before.equals(after) ? ImportReport.Action.UNCHANGED : ImportReport.Action.UPDATE);
        }
        return new Analysis(file, rowViolations, actions, referencedCoordinators, loaded);
    }

    private void apply(Analysis analysis) {
        Map<String, Employee> byNumber = new HashMap<>(analysis.loaded());
        Map<String, EmployeeSummary> before = new HashMap<>();
        analysis.loaded().forEach((number, e) -> before.put(number, e.toSummary()));
        Map<String, Cluster> clusterByCode = new HashMap<>();
        clusters.findAll().forEach(c -> clusterByCode.put(c.getCode(), c));
        // an address may move from one employee to another within the file (or two may swap): free every address
        // that changes first, or the unique index refuses the row written first (found by EmployeeImportFuzzTests)
        boolean released = false;
        for (EmployeeCsvParser.Row row : analysis.file().rows()) {
            Employee existing = byNumber.get(row.data().personnelNumber());
            if (existing != null && !existing.getEmail().equals(row.data().email())) {
                existing.releaseEmailForImport();
                released = true;
            }
        }
        if (released) {
            employees.flush();
        }
        // first every person, then the references between them (a row may name a manager further down the file)
        for (EmployeeCsvParser.Row row : analysis.file().rows()) {
            EmployeeData d = row.data();
            Employee e = byNumber.getOrDefault(d.personnelNumber(), new Employee(d.personnelNumber()));
            boolean keepModule = e.getId() != null && e.hasCoordinationModule();
            e.apply(d);
            if (keepModule || analysis.referencedCoordinators().contains(d.personnelNumber())) {
                e.grantCoordinationModule();
            }
            e.setCluster(clusterByCode.get(d.clusterCode()));
            byNumber.put(d.personnelNumber(), employees.save(e));
        }
        employees.flush();
        for (EmployeeCsvParser.Row row : analysis.file().rows()) {
            EmployeeData d = row.data();
            Employee e = byNumber.get(d.personnelNumber());
            e.setManager(d.managerNumber() == null ? null : byNumber.get(d.managerNumber()));
            e.setCoordinator(d.coordinatorNumber() == null ? null : byNumber.get(d.coordinatorNumber()));
        }
        for (String number : analysis.referencedCoordinators()) {
            byNumber.get(number).grantCoordinationModule();
        }
        employees.flush();
        for (EmployeeCsvParser.Row row : analysis.file().rows()) {
            String number = row.data().personnelNumber();
            EmployeeChange.between(before.get(number), byNumber.get(number).toSummary()).ifPresent(events::publishEvent);
        }
    }

    private static EmployeeData withModule(EmployeeData d) {
        return new EmployeeData(d.personnelNumber(), d.firstName(), d.namePrefix(), d.lastName(), d.email(),
                d.jobTitleCode(), d.clusterCode(), d.managerNumber(), d.coordinatorNumber(), true, d.startDate(),
                d.active());
    }

    private record Analysis(EmployeeCsvParser.ParsedFile file, Map<Integer, List<Violation>> rowViolations,
            Map<Integer, ImportReport.Action> actions, Set<String> referencedCoordinators, Map<String, Employee> loaded) {

        boolean hasErrors() {
            return !file.fileProblems().isEmpty() || rowViolations.values().stream().anyMatch(v -> !v.isEmpty());
        }

        ImportReport report(boolean applied) {
            return new ImportReport(file.fileProblems(), file.rows().stream().map(r -> new ImportReport.RowReport(
                    r.line(), r.data().personnelNumber(),
                    EmployeeSummary.fullName(r.data().firstName(), r.data().namePrefix(), r.data().lastName()),
                    action(r), rowViolations.getOrDefault(r.line(), List.of()))).toList(),
                    file.ignoredColumns(), applied);
        }

        private ImportReport.Action action(EmployeeCsvParser.Row r) {
            return actions.getOrDefault(r.line(), ImportReport.Action.NEW);
        }
    }
}
