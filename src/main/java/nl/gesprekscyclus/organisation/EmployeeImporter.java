package nl.gesprekscyclus.organisation;

import jakarta.persistence.EntityManager;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a whole employee file, a units file or both against the organisation as it would be after the import
 * ({@link ImportCheck}: database overlaid with the files), and applies them in one transaction only when every row of
 * both is right: nothing is ever partially imported. The units first, then the employees (who may be in a new unit),
 * then the units' managers (who may be new employees), then everyone else whose manager the new tree moves. Used by
 * the admin import screen and by the demo data.
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
    private final OrganisationUnitRepository units;
    private final FunctionBooks books;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    EmployeeImporter(EmployeeRepository employees, OrganisationUnitRepository units, FunctionBooks books, Clock clock,
            ApplicationEventPublisher events, EntityManager entityManager, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.events = events;
        this.employees = employees;
        this.units = units;
        this.books = books;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Reads and checks an employees file; changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(byte[] content) {
        return analyse(null, content).report(false);
    }

    /** Reads and checks a units file and an employees file (either may be null); changes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(byte[] unitsCsv, byte[] employeesCsv) {
        return analyse(unitsCsv, employeesCsv).report(false);
    }

    @Transactional
    public ImportReport importFile(byte[] content) {
        return apply(analyse(null, content));
    }

    /** Imports both files when every row of both is right (either may be null); else changes nothing. */
    @Transactional
    public ImportReport importFiles(byte[] unitsCsv, byte[] employeesCsv) {
        return apply(analyse(unitsCsv, employeesCsv));
    }

    private ImportCheck.Analysis analyse(byte[] unitsCsv, byte[] employeesCsv) {
        EmployeeCsvParser.ParsedFile file = employeesCsv == null
                ? new EmployeeCsvParser.ParsedFile(List.of(), List.of(), List.of()) : EmployeeCsvParser.parse(employeesCsv);
        UnitCsvParser.ParsedFile unitFile = unitsCsv == null
                ? new UnitCsvParser.ParsedFile(List.of(), List.of(), List.of()) : UnitCsvParser.parse(unitsCsv);
        if (!file.fileProblems().isEmpty() || !unitFile.fileProblems().isEmpty()) {
            return ImportCheck.analyse(unitFile, file, List.of(), List.of(), null, null);
        }
        FunctionBook book = books.current().book();
        return ImportCheck.analyse(unitFile, file, employees.findAllForImport(), units.findAllForRules(), book,
                LocalDate.now(clock));
    }

    private ImportReport apply(ImportCheck.Analysis analysis) {
        if (analysis.hasErrors()) {
            return analysis.report(false);
        }
        EmployeeChanges changes = write(analysis);
        // one event for the whole import (the round's listener runs in this transaction: a failure there undoes it)
        if (!changes.isEmpty()) {
            events.publishEvent(changes);
        }
        ImportReport report = analysis.report(true);
        log.info("Import applied: {} new, {} updated, {} unchanged employees; {} new, {} updated units; {} others with"
                + " another manager", report.count(ImportReport.Action.NEW), report.count(ImportReport.Action.UPDATE),
                report.count(ImportReport.Action.UNCHANGED), report.unitCount(ImportReport.Action.NEW),
                report.unitCount(ImportReport.Action.UPDATE), analysis.othersMoved().size());
        return report;
    }

    /** Writes every row of both files; returns what the round must hear. All of it in the caller's transaction. */
    private EmployeeChanges write(ImportCheck.Analysis analysis) {
        List<EmployeeCsvParser.Row> rows = analysis.file().rows();
        Map<String, KnownEmployee> known = analysis.known();
        Map<String, Long> ids = new HashMap<>();
        known.forEach((number, e) -> ids.put(number, e.id()));
        Map<String, Long> unitIds = new HashMap<>();
        analysis.knownUnits().forEach((code, u) -> unitIds.put(code, u.id()));
        List<UnitData> unitRows = new ArrayList<>(analysis.units().values());

        // the units first, without references (a parent may come further down the file), then their parents
        for (List<UnitData> chunk : chunks(unitRows)) {
            Map<String, OrganisationUnit> stored = unitsByCode(chunk);
            for (UnitData d : chunk) {
                OrganisationUnit u = stored.get(d.code());
                if (u == null) {
                    u = new OrganisationUnit(d.code(), d.name(), d.kind());
                    entityManager.persist(u);
                } else {
                    u.describe(d.name(), d.kind());
                }
                unitIds.put(d.code(), u.getId());
            }
            flushAndClear();
        }
        for (List<UnitData> chunk : chunks(unitRows)) {
            Map<String, OrganisationUnit> stored = unitsByCode(chunk);
            for (UnitData d : chunk) {
                stored.get(d.code()).placeUnder(d.parentCode() == null ? null
                        : entityManager.getReference(OrganisationUnit.class, unitIds.get(d.parentCode())));
            }
            flushAndClear();
        }

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
        Map<String, String> effective = analysis.effectiveManagers();
        List<EmployeeCsvParser.Row> forward = new ArrayList<>();
        for (List<EmployeeCsvParser.Row> chunk : chunks(rows)) {
            Map<String, Employee> stored = byNumber(chunk);
            for (EmployeeCsvParser.Row row : chunk) {
                EmployeeData d = row.data();
                Employee e = stored.getOrDefault(d.personnelNumber(), new Employee(d.personnelNumber()));
                boolean keepModule = e.getId() != null && e.hasCoordinationModule();
                e.apply(d);
                if (keepModule || analysis.referencedCoordinators().contains(d.personnelNumber())) {
                    e.grantCoordinationModule();
                }
                e.setUnit(entityManager.getReference(OrganisationUnit.class, unitIds.get(d.unitCode())));
                String manager = effective.get(d.personnelNumber());
                if (resolvable(ids, manager) && resolvable(ids, d.coordinatorNumber())) {
                    e.setManager(reference(ids, manager), d.managerNumber() != null);
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
                e.setManager(reference(ids, effective.get(d.personnelNumber())), d.managerNumber() != null);
                e.setCoordinator(reference(ids, d.coordinatorNumber()));
            }
            flushAndClear();
        }
        writeReportData(rows, ids);
        // coordinators named in the file who are only in the database get the module too
        Set<String> inFile = rows.stream().map(r -> r.data().personnelNumber()).collect(Collectors.toSet());
        List<String> onlyInDatabase = analysis.referencedCoordinators().stream().filter(n -> !inFile.contains(n))
                .toList();
        for (List<String> chunk : chunks(onlyInDatabase)) {
            employees.findByPersonnelNumberIn(chunk).forEach(Employee::grantCoordinationModule);
            flushAndClear();
        }

        // the units' managers and deputies, now that everyone named has an id
        for (List<UnitData> chunk : chunks(unitRows)) {
            Map<String, OrganisationUnit> stored = unitsByCode(chunk);
            for (UnitData d : chunk) {
                stored.get(d.code()).lead(reference(ids, d.managerNumber()), reference(ids, d.deputyNumber()));
            }
            flushAndClear();
        }
        // people the files do not name whose manager the new tree moves
        for (List<String> chunk : chunks(analysis.othersMoved())) {
            for (Employee e : employees.findByPersonnelNumberIn(chunk)) {
                e.setManager(reference(ids, effective.get(e.getPersonnelNumber())));
            }
            flushAndClear();
        }

        List<EmployeeChange> changes = new ArrayList<>();
        for (EmployeeCsvParser.Row row : rows) {
            EmployeeData d = row.data();
            KnownEmployee before = known.get(d.personnelNumber());
            String manager = effective.get(d.personnelNumber());
            EmployeeChange.Facts after = new EmployeeChange.Facts(ids.get(d.personnelNumber()), d.personnelNumber(),
                    d.active(), d.jobTitleCode(), manager == null ? null : ids.get(manager),
                    d.coordinatorNumber() == null ? null : ids.get(d.coordinatorNumber()));
            EmployeeChange.between(before == null ? null : before.facts(), after).ifPresent(changes::add);
        }
        for (String number : analysis.othersMoved()) {
            KnownEmployee before = known.get(number);
            String manager = effective.get(number);
            EmployeeChange.Facts b = before.facts();
            EmployeeChange.between(b, new EmployeeChange.Facts(b.id(), b.personnelNumber(), b.active(),
                    b.jobTitleCode(), manager == null ? null : ids.get(manager), b.coordinatorId()))
                    .ifPresent(changes::add);
        }
        return new EmployeeChanges(changes);
    }

    /**
     * Gender and birth date (for the OR report only) of the rows of a file that has either column: replaced, or
     * removed when both cells are empty; a file without the columns leaves what is stored. Plain SQL on a table of
     * its own: no entity of a person carries them.
     */
    private void writeReportData(List<EmployeeCsvParser.Row> rows, Map<String, Long> ids) {
        List<EmployeeCsvParser.Row> given = rows.stream().filter(r -> r.reportData().given()).toList();
        for (List<EmployeeCsvParser.Row> chunk : chunks(given)) {
            List<Object[]> deletes = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            for (EmployeeCsvParser.Row row : chunk) {
                long id = ids.get(row.data().personnelNumber());
                EmployeeCsvParser.ReportData d = row.reportData();
                deletes.add(new Object[] {id});
                if (d.gender() != null || d.birthDate() != null) {
                    inserts.add(new Object[] {id, d.gender(), d.birthDate() == null ? null
                            : java.sql.Date.valueOf(d.birthDate())});
                }
            }
            jdbc.batchUpdate("delete from employee_report_data where employee_id = ?", deletes,
                    new int[] {Types.BIGINT});
            jdbc.batchUpdate("insert into employee_report_data (employee_id, gender, birth_date) values (?, ?, ?)",
                    inserts, new int[] {Types.BIGINT, Types.VARCHAR, Types.DATE});
        }
    }

    private Map<String, OrganisationUnit> unitsByCode(List<UnitData> chunk) {
        return units.findByCodeIn(chunk.stream().map(UnitData::code).toList()).stream()
                .collect(Collectors.toMap(OrganisationUnit::getCode, Function.identity()));
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
}
