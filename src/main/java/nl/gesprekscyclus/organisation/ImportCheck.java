package nl.gesprekscyclus.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.functionbook.FunctionBook;

/**
 * Checks an import (an employees file, a units file, or both) against the organisation as it would be after it:
 * the database overlaid with the files. Works out everyone's effective manager in that organisation
 * ({@link ManagerResolution}), so a row is judged by the manager it would really get, and the apply step writes
 * exactly that. Pure: the organisation comes in as {@link KnownEmployee}s and {@link KnownUnit}s, read without
 * entities.
 */
final class ImportCheck {

    /** The kind of a new unit whose row leaves {@code soort} empty. */
    static final String DEFAULT_KIND = "afdeling";

    private ImportCheck() {
    }

    /** What a check found, and what the apply step needs: who is who, and everyone's effective manager after it. */
    record Analysis(EmployeeCsvParser.ParsedFile file, UnitCsvParser.ParsedFile unitFile,
            Map<Integer, List<Violation>> rowViolations, Map<Integer, ImportReport.Action> actions,
            Map<Integer, List<Violation>> unitViolations, Map<Integer, ImportReport.Action> unitActions,
            Map<Integer, UnitData> units, Set<String> referencedCoordinators, Map<String, KnownEmployee> known,
            Map<String, KnownUnit> knownUnits, Map<String, String> effectiveManagers, List<String> othersMoved) {

        boolean hasErrors() {
            return !file.fileProblems().isEmpty() || !unitFile.fileProblems().isEmpty()
                    || rowViolations.values().stream().anyMatch(v -> !v.isEmpty())
                    || unitViolations.values().stream().anyMatch(v -> !v.isEmpty());
        }

        ImportReport report(boolean applied) {
            List<String> ignored = new ArrayList<>(unitFile.ignoredColumns());
            ignored.addAll(file.ignoredColumns());
            return new ImportReport(file.fileProblems(), file.rows().stream().map(r -> new ImportReport.RowReport(
                    r.line(), r.data().personnelNumber(),
                    EmployeeSummary.fullName(r.data().firstName(), r.data().namePrefix(), r.data().lastName()),
                    actions.getOrDefault(r.line(), ImportReport.Action.NEW),
                    rowViolations.getOrDefault(r.line(), List.of()))).toList(),
                    ignored, unitFile.fileProblems(), unitFile.rows().stream().map(r -> new ImportReport.UnitRowReport(
                            r.line(), r.data().code(), r.data().name(),
                            unitActions.getOrDefault(r.line(), ImportReport.Action.NEW),
                            unitViolations.getOrDefault(r.line(), List.of()))).toList(),
                    applied);
        }
    }

    static Analysis analyse(UnitCsvParser.ParsedFile unitFile, EmployeeCsvParser.ParsedFile file,
            List<KnownEmployee> knownEmployees, List<KnownUnit> knownUnitList, FunctionBook book, LocalDate today) {
        if (!file.fileProblems().isEmpty() || !unitFile.fileProblems().isEmpty()) {
            return new Analysis(file, unitFile, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(),
                    Map.of(), Map.of(), List.of());
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
        Map<String, String> emailOwners = new HashMap<>();
        for (KnownEmployee e : knownEmployees) {
            known.put(e.data().personnelNumber(), e);
            emailOwners.put(e.data().email(), e.data().personnelNumber());
        }

        // the tree after the import: the units file over the database's units
        Map<String, KnownUnit> knownUnits = new HashMap<>();
        Map<String, UnitTree.Node> nodes = new LinkedHashMap<>();
        for (KnownUnit u : knownUnitList) {
            knownUnits.put(u.code(), u);
            nodes.put(u.code(), u.node());
        }
        Map<Integer, List<Violation>> unitViolations = new LinkedHashMap<>();
        Map<Integer, UnitData> units = new LinkedHashMap<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        for (UnitCsvParser.Row row : unitFile.rows()) {
            UnitData d = row.data();
            KnownUnit before = d.code() == null ? null : knownUnits.get(d.code());
            if (d.kind() == null) {
                d = new UnitData(d.code(), d.name(), before == null ? DEFAULT_KIND : before.kind(), d.parentCode(),
                        d.managerNumber(), d.deputyNumber(), null, null);
            }
            units.put(row.line(), d);
            List<Violation> v = new ArrayList<>(row.violations());
            if (d.code() != null) {
                Integer first = firstLineOfCode.putIfAbsent(d.code(), row.line());
                if (first != null) {
                    v.add(Violation.of("code", "import.error.duplicateCode", first));
                } else {
                    nodes.put(d.code(), new UnitTree.Node(d.code(), d.name(), d.parentCode(), d.managerNumber(),
                            d.deputyNumber()));
                }
            }
            unitViolations.put(row.line(), v);
        }
        UnitTree tree = new UnitTree(nodes.values());
        ManagerResolution resolution = new ManagerResolution(tree);

        // everyone's effective manager after the import (a row of the file replaces what the database holds)
        Map<String, String> effective = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        for (EmployeeCsvParser.Row row : file.rows()) {
            if (row.data().personnelNumber() != null) {
                inFile.add(row.data().personnelNumber());
            }
        }
        for (KnownEmployee e : knownEmployees) {
            EmployeeData d = e.data();
            if (!inFile.contains(d.personnelNumber())) {
                // set for this person (possibly to nobody): stays; else what the tree after the import gives
                effective.put(d.personnelNumber(), e.managerOverride() ? e.effectiveManagerNumber()
                        : resolution.managerOf(d.personnelNumber(), d.unitCode(), null));
            }
        }
        for (EmployeeCsvParser.Row row : file.rows()) {
            EmployeeData d = row.data();
            if (d.personnelNumber() != null) {
                effective.put(d.personnelNumber(), resolution.managerOf(d.personnelNumber(), d.unitCode(),
                        d.managerNumber()));
            }
        }

        Map<String, EmployeeRules.Person> persons = new HashMap<>();
        for (KnownEmployee e : knownEmployees) {
            EmployeeData d = e.data();
            persons.put(d.personnelNumber(), new EmployeeRules.Person(d.personnelNumber(), d.active(),
                    d.coordinationModule(), effective.get(d.personnelNumber())));
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
                KnownEmployee before = known.get(d.personnelNumber());
                if (before != null) {
                    emailOwners.remove(before.data().email(), d.personnelNumber());
                }
                persons.put(d.personnelNumber(), new EmployeeRules.Person(d.personnelNumber(), d.active(),
                        d.coordinationModule() || referencedCoordinators.contains(d.personnelNumber())
                                || persons.containsKey(d.personnelNumber())
                                && persons.get(d.personnelNumber()).coordinationModule(),
                        effective.get(d.personnelNumber())));
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
        // an address still held by someone the file does not free it from (they are not in it, or keep it) is taken:
        // without this, the file's claim below would hide the holder from the rules (found by EmployeeImportFuzzTests:
        // a newcomer with the address of someone not in the file reached the database's unique index)
        for (EmployeeCsvParser.Row row : file.rows()) {
            EmployeeData d = row.data();
            String holder = d.email() == null ? null : emailOwners.get(d.email());
            if (holder != null && !holder.equals(d.personnelNumber())) {
                rowViolations.get(row.line()).add(Violation.of("email", "employee.error.emailTaken", holder));
            }
        }
        emailOwners.putAll(fileEmails);

        EmployeeRules.Context context = new TreeRulesContext(book, tree) {
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
        UnitRules.Context unitContext = new UnitRules.Context() {
            @Override
            public UnitTree tree() {
                return tree;
            }

            @Override
            public Optional<EmployeeRules.Person> person(String personnelNumber) {
                return Optional.ofNullable(persons.get(personnelNumber));
            }
        };
        for (UnitCsvParser.Row row : unitFile.rows()) {
            unitViolations.get(row.line()).addAll(UnitRules.validate(units.get(row.line()), unitContext));
        }
        reportCircles(unitFile, units, effective, unitViolations, rowViolations);

        Map<Integer, ImportReport.Action> actions = new HashMap<>();
        for (EmployeeCsvParser.Row row : file.rows()) {
            KnownEmployee knownBefore = row.data().personnelNumber() == null ? null : known.get(row.data().personnelNumber());
            EmployeeData before = knownBefore == null ? null : knownBefore.data();
            EmployeeData after = row.data();
            if (before != null && referencedCoordinators.contains(after.personnelNumber()) || before != null && before.coordinationModule()) {
                after = withModule(after);
            }
            // a row without a manager makes the manager follow the unit: a change for someone whose was set
            boolean sameOverride = knownBefore != null && knownBefore.managerOverride() == (after.managerNumber() != null);
            actions.put(row.line(), before == null ? ImportReport.Action.NEW
                    : before.equals(after) && sameOverride ? ImportReport.Action.UNCHANGED
                            : ImportReport.Action.UPDATE);
        }
        Map<Integer, ImportReport.Action> unitActions = new HashMap<>();
        units.forEach((line, d) -> {
            KnownUnit before = d.code() == null ? null : knownUnits.get(d.code());
            unitActions.put(line, before == null ? ImportReport.Action.NEW
                    : before.node().equals(new UnitTree.Node(d.code(), d.name(), d.parentCode(), d.managerNumber(),
                            d.deputyNumber())) && before.kind().equals(d.kind()) ? ImportReport.Action.UNCHANGED
                            : ImportReport.Action.UPDATE);
        });
        // people the files do not name whose manager the units file moves
        List<String> othersMoved = new ArrayList<>();
        for (KnownEmployee e : knownEmployees) {
            String number = e.data().personnelNumber();
            if (!inFile.contains(number) && !Objects.equals(e.effectiveManagerNumber(), effective.get(number))) {
                othersMoved.add(number);
            }
        }
        return new Analysis(file, unitFile, rowViolations, actions, unitViolations, unitActions, units,
                referencedCoordinators, known, knownUnits, effective, othersMoved);
    }

    /**
     * A line of managers that comes back to itself after the import: each employee row on it already says so (the
     * rules walk the line); a unit row whose manager is on it says so too, so a circle that the units file makes
     * among people the employees file does not name is reported where it was made.
     */
    private static void reportCircles(UnitCsvParser.ParsedFile unitFile, Map<Integer, UnitData> units,
            Map<String, String> effective, Map<Integer, List<Violation>> unitViolations,
            Map<Integer, List<Violation>> rowViolations) {
        Set<String> onCircle = ManagerResolution.onCircle(effective);
        if (onCircle.isEmpty()) {
            return;
        }
        boolean reported = rowViolations.values().stream().flatMap(List::stream)
                .anyMatch(v -> v.messageKey().equals("employee.error.managerCycle"));
        for (UnitCsvParser.Row row : unitFile.rows()) {
            String manager = units.get(row.line()).managerNumber();
            if (manager != null && onCircle.contains(manager)) {
                unitViolations.get(row.line()).add(Violation.of("manager", "unit.error.managerCircle",
                        circleFrom(manager, effective)));
                reported = true;
            }
        }
        if (!reported && !unitFile.rows().isEmpty()) {
            String someone = onCircle.iterator().next();
            unitViolations.get(unitFile.rows().get(0).line()).add(Violation.of("manager", "unit.error.managerCircle",
                    circleFrom(someone, effective)));
        }
    }

    private static String circleFrom(String start, Map<String, String> managerOf) {
        List<String> circle = new ArrayList<>(List.of(start));
        for (String n = managerOf.get(start); n != null && !n.equals(start) && circle.size() <= managerOf.size();
                n = managerOf.get(n)) {
            circle.add(n);
        }
        circle.add(start);
        return String.join(" → ", circle);
    }

    static EmployeeData withModule(EmployeeData d) {
        return new EmployeeData(d.personnelNumber(), d.firstName(), d.namePrefix(), d.lastName(), d.email(),
                d.jobTitleCode(), d.unitCode(), d.managerNumber(), d.coordinatorNumber(), true, d.startDate(),
                d.active());
    }
}
