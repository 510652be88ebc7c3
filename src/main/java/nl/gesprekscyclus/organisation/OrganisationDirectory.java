package nl.gesprekscyclus.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organisation for other features' services (login, profiles, the process later).
 * Not for screens: screens go through services that check who is asking.
 */
@Component
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private static final String NONE = "(none)";

    private final EmployeeRepository employees;
    private final OrganisationUnitRepository units;

    OrganisationDirectory(EmployeeRepository employees, OrganisationUnitRepository units) {
        this.employees = employees;
        this.units = units;
    }

    public Optional<EmployeeSummary> employee(long id) {
        return employees.findWithReferencesById(id).map(Employee::toSummary);
    }

    public Optional<EmployeeSummary> employeeByPersonnelNumber(String personnelNumber) {
        return employees.findByPersonnelNumber(personnelNumber).map(Employee::toSummary);
    }

    /** Employees with this e-mail address (any case): a login by e-mail must find exactly one. */
    public List<EmployeeSummary> employeesByEmail(String email) {
        return employees.findByEmailIgnoreCase(email).stream().map(Employee::toSummary).toList();
    }

    /**
     * Only the id, for callers that need no more: loading the employee with its references costs three joins,
     * which showed in the round start's profile (one call per new task).
     */
    public Optional<Long> employeeIdByPersonnelNumber(String personnelNumber) {
        return employees.findIdByPersonnelNumber(personnelNumber);
    }

    /** Whether the person manages at least one active employee (they then hold the MANAGER role). */
    public boolean managesAnyone(long employeeId) {
        return employees.existsByManagerIdAndActiveTrue(employeeId);
    }

    public boolean isManagerOf(long managerId, long employeeId) {
        return employees.existsByIdAndManagerId(employeeId, managerId);
    }

    public boolean isCoordinatorOf(long coordinatorId, long employeeId) {
        return employees.existsByIdAndCoordinatorId(employeeId, coordinatorId);
    }

    /** The active employees a person coordinates, by last name. */
    public List<EmployeeSummary> coordinatedBy(long coordinatorId) {
        return employees.findByCoordinatorIdOrderByLastNameAsc(coordinatorId).stream().filter(Employee::isActive)
                .map(Employee::toSummary).toList();
    }

    /**
     * Ids of the active employees in a selection, in id order: those in the units (with their sub-units, at any
     * depth) and those with the numbers. With no units and no numbers: everyone active.
     */
    public List<Long> activeEmployeeIds(Collection<String> unitCodes, Collection<String> personnelNumbers) {
        boolean all = unitCodes.isEmpty() && personnelNumbers.isEmpty();
        UnitTree tree = UnitTree.of(units.findAllForRules());
        Set<String> withSubUnits = new LinkedHashSet<>();
        unitCodes.forEach(code -> withSubUnits.addAll(tree.withSubUnits(code)));
        // an empty IN list is not valid SQL everywhere: pass a value no unit code or personnel number can have
        return employees.findActiveIds(all, withSubUnits.isEmpty() ? List.of(NONE) : withSubUnits,
                personnelNumbers.isEmpty() ? List.of(NONE) : personnelNumbers);
    }

    /** Every unit in tree order (a unit, then its sub-units by name), with its manager and people counts. */
    public List<UnitSummary> units() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : employees.countActivePerUnit()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return UnitListing.inTreeOrder(units.findAllByOrderByNameAsc(), counts);
    }

    /** The ids of a unit and of every unit below it (empty for an unknown id). */
    public Set<Long> unitWithSubUnits(long unitId) {
        List<KnownUnit> all = units.findAllForRules();
        UnitTree tree = UnitTree.of(all);
        Set<String> codes = all.stream().filter(u -> u.id() == unitId).findFirst()
                .map(u -> tree.withSubUnits(u.code())).orElse(Set.of());
        return all.stream().filter(u -> codes.contains(u.code())).map(KnownUnit::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The ids of the units this person is the manager of, with every unit below them: where a manager may look for
     * reviews. Not the units they only deputise for: a deputy acts for the manager through the reviews handed to
     * them, not over the whole unit. Empty for someone who manages no unit.
     */
    public Set<Long> unitsManagedWithSubUnits(long employeeId) {
        Optional<String> number = employees.findById(employeeId).map(Employee::getPersonnelNumber);
        if (number.isEmpty()) {
            return Set.of();
        }
        List<KnownUnit> all = units.findAllForRules();
        UnitTree tree = UnitTree.of(all);
        Set<String> codes = new LinkedHashSet<>();
        all.stream().filter(u -> number.get().equals(u.managerNumber()))
                .forEach(u -> codes.addAll(tree.withSubUnits(u.code())));
        return all.stream().filter(u -> codes.contains(u.code())).map(KnownUnit::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** One step up the line: who manages a person (null: nobody), and whether the person is in service. */
    public record Link(Long managerId, boolean active) {
    }

    /**
     * The links of several people in one query, for walking the line of managers a level at a time (the second
     * assessor and who signs off follow from it). A person that does not exist is not in the map.
     */
    public java.util.Map<Long, Link> links(Collection<Long> ids) {
        java.util.Map<Long, Link> links = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        for (Object[] row : employees.findLinksByIdIn(ids)) {
            links.put(((Number) row[0]).longValue(), new Link(row[1] == null ? null : ((Number) row[1]).longValue(),
                    (Boolean) row[2]));
        }
        return links;
    }

    /** Several employees with their unit, manager and coordinator, in one query. */
    public List<EmployeeSummary> employees(Collection<Long> ids) {
        return employees.findWithReferencesByIdIn(ids).stream().map(Employee::toSummary).toList();
    }

    /**
     * A page of active employees whose name (or personnel number) holds every typed word, in any order, without
     * regard to case or accents (the first three words count), by last and first name: for pickers, which must not
     * load a municipality of 15,000 at once.
     */
    public List<EmployeeSummary> activeByName(String typed, int offset, int limit) {
        List<String> words = NameSearch.words(typed);
        String[] patterns = new String[3];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = i < words.size() ? NameSearch.containsPattern(words.get(i)) : "%";
        }
        int size = Math.max(1, Math.min(limit, 200));
        return employees.findActiveByName(patterns[0], patterns[1], patterns[2],
                        org.springframework.data.domain.PageRequest.of(offset / size, size,
                                org.springframework.data.domain.Sort.by("lastName", "firstName", "id")))
                .stream().map(Employee::toSummary).toList();
    }
}
