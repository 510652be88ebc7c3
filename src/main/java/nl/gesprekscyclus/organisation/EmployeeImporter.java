package nl.gesprekscyclus.organisation;

import jakarta.persistence.EntityManager;
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
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * <p>
 * The apply step writes the rows in chunks and empties the persistence context after each one, and tells the
 * round about all changes in one event: its memory and time grow with the file, not with the square of it
 * (2,000 rows with a round open used to take 10 minutes and 7 GB of heap; docs/performance.md).
 */
@Component
class EmployeeImporter {

    private static final Logger log = LoggerFactory.getLogger(EmployeeImporter.class);

    /** Rows written between two flush-and-clears of the persistence context. */
    static final int CHUNK = 500;

    private final EmployeeRepository employees;
    private final ClusterRepository clusters;
    private final FunctionBooks books;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    EmployeeImporter(EmployeeRepository employees, ClusterRepository clusters, FunctionBooks books, Clock clock,
            ApplicationEventPublisher events, EntityManager entityManager) {
        this.events = events;
        this.employees = employees;
        this.clusters = clusters;
        this.books = books;
        this.clock = clock;
        this.entityManager = entityManager;
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
        EmployeeChanges changes = apply(analysis);
        // one event for the whole file (the round's listener runs in this transaction: a failure there undoes the import)
        if (!changes.isEmpty()) {
            events.publishEvent(changes);
        }
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
        Map<String, KnownEmployee> known = new HashMap<>();
        Map<String, EmployeeData> existing = new HashMap<>();
        Map<String, EmployeeRules.Person> persons = new HashMap<>();
        Map<String, String> emailOwners = new HashMap<>();
        for (KnownEmployee e : employees.findAllForImport()) {
            EmployeeData data = e.data();
            known.put(data.personnelNumber(), e);
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
        return new Analysis(file, rowViolations, actions, referencedCoordinators, known);
    }

    /** Writes every row; returns what the round must hear. All of it in the caller's transaction. */
    private EmployeeChanges apply(Analysis analysis) {
        List<EmployeeCsvParser.Row> rows = analysis.file().rows();
        Map<String, KnownEmployee> known = analysis.known();
        Map<String, Long> ids = new HashMap<>();
        known.forEach((number, e) -> ids.put(number, e.id()));

        // an address may move from one employee to another within the file (or two may swap): free every address
        // that changes first, or the unique index refuses the row written first (found by EmployeeImportFuzzTests)
        List<String> moving = rows.stream().map(EmployeeCsvParser.Row::data)
                .filter(d -> known.containsKey(d.personnelNumber())
                        && !known.get(d.personnelNumber()).data().email().equals(d.email()))
                .map(EmployeeData::personnelNumber).toList();
        for (List<String> chunk : chunks(moving)) {
            employees.findByPersonnelNumberIn(chunk).forEach(Employee::releaseEmailForImport);
            flushAndClear();
        }

        // every person with the references that are known already (the database, earlier rows); a row that names
        // someone further down the file gets its references in a second pass, once that person has an id
        List<EmployeeCsvParser.Row> forward = new ArrayList<>();
        for (List<EmployeeCsvParser.Row> chunk : chunks(rows)) {
            Map<String, Cluster> clusterByCode = clusters.findAll().stream()
                    .collect(Collectors.toMap(Cluster::getCode, Function.identity()));
            Map<String, Employee> stored = byNumber(chunk);
            for (EmployeeCsvParser.Row row : chunk) {
                EmployeeData d = row.data();
                Employee e = stored.getOrDefault(d.personnelNumber(), new Employee(d.personnelNumber()));
                boolean keepModule = e.getId() != null && e.hasCoordinationModule();
                e.apply(d);
                if (keepModule || analysis.referencedCoordinators().contains(d.personnelNumber())) {
                    e.grantCoordinationModule();
                }
                e.setCluster(clusterByCode.get(d.clusterCode()));
                if (resolvable(ids, d.managerNumber()) && resolvable(ids, d.coordinatorNumber())) {
                    e.setManager(reference(ids, d.managerNumber()));
                    e.setCoordinator(reference(ids, d.coordinatorNumber()));
                } else {
                    forward.add(row);
                }
                if (e.getId() == null) {
                    entityManager.persist(e); // the id column is an identity: this inserts, and the id is known
                }
                ids.put(d.personnelNumber(), e.getId());
            }
            flushAndClear();
        }
        for (List<EmployeeCsvParser.Row> chunk : chunks(forward)) {
            Map<String, Employee> stored = byNumber(chunk);
            for (EmployeeCsvParser.Row row : chunk) {
                EmployeeData d = row.data();
                Employee e = stored.get(d.personnelNumber());
                e.setManager(reference(ids, d.managerNumber()));
                e.setCoordinator(reference(ids, d.coordinatorNumber()));
            }
            flushAndClear();
        }
        // coordinators named in the file who are only in the database get the module too
        Set<String> inFile = rows.stream().map(r -> r.data().personnelNumber()).collect(Collectors.toSet());
        List<String> onlyInDatabase = analysis.referencedCoordinators().stream().filter(n -> !inFile.contains(n))
                .toList();
        for (List<String> chunk : chunks(onlyInDatabase)) {
            employees.findByPersonnelNumberIn(chunk).forEach(Employee::grantCoordinationModule);
            flushAndClear();
        }

        List<EmployeeChange> changes = new ArrayList<>();
        for (EmployeeCsvParser.Row row : rows) {
            EmployeeData d = row.data();
            KnownEmployee before = known.get(d.personnelNumber());
            EmployeeChange.Facts after = new EmployeeChange.Facts(ids.get(d.personnelNumber()), d.personnelNumber(),
                    d.active(), d.jobTitleCode(), d.managerNumber() == null ? null : ids.get(d.managerNumber()),
                    d.coordinatorNumber() == null ? null : ids.get(d.coordinatorNumber()));
            EmployeeChange.between(before == null ? null : before.facts(), after).ifPresent(changes::add);
        }
        return new EmployeeChanges(changes);
    }

    private Map<String, Employee> byNumber(List<EmployeeCsvParser.Row> chunk) {
        return employees.findByPersonnelNumberIn(chunk.stream().map(r -> r.data().personnelNumber()).toList())
                .stream().collect(Collectors.toMap(Employee::getPersonnelNumber, Function.identity()));
    }

    private static boolean resolvable(Map<String, Long> ids, String personnelNumber) {
        return personnelNumber == null || ids.containsKey(personnelNumber);
    }

    /** A reference by id without loading the person (they may be in an earlier chunk, long cleared). */
    private Employee reference(Map<String, Long> ids, String personnelNumber) {
        return personnelNumber == null ? null : entityManager.getReference(Employee.class, ids.get(personnelNumber));
    }

    /** Writes what is pending and forgets every entity: the dirty check of the next chunk stays small. */
    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static EmployeeData withModule(EmployeeData d) {
        return new EmployeeData(d.personnelNumber(), d.firstName(), d.namePrefix(), d.lastName(), d.email(),
                d.jobTitleCode(), d.clusterCode(), d.managerNumber(), d.coordinatorNumber(), true, d.startDate(),
                d.active());
    }

    private record Analysis(EmployeeCsvParser.ParsedFile file, Map<Integer, List<Violation>> rowViolations,
            Map<Integer, ImportReport.Action> actions, Set<String> referencedCoordinators,
            Map<String, KnownEmployee> known) {

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
