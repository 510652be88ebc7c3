package nl.gesprekscyclus.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.ConcurrentChangeException;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintaining the organisation: employees, the tree of units with their managers, and coordinator assignments.
 * Functioneel beheerder only. Every change that moves someone's manager (a unit's manager or place, an employee's
 * unit or override) writes the new effective manager in the same transaction and tells the running round.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional
public class OrganisationService {

    private final EmployeeRepository employees;
    private final OrganisationUnitRepository units;
    private final EffectiveManagers effectiveManagers;
    private final OrganisationDirectory directory;
    private final FunctionBooks books;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationService(EmployeeRepository employees, OrganisationUnitRepository units,
            EffectiveManagers effectiveManagers, OrganisationDirectory directory, FunctionBooks books, Clock clock, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.employees = employees;
        this.units = units;
        this.effectiveManagers = effectiveManagers;
        this.directory = directory;
        this.books = books;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<EmployeeSummary> employees(String filter, Pageable pageable) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        // the id last: two people of the same name (there are two Noor Mulders in the tests) keep one order, so a
        // lazy list's pages neither repeat nor skip one of them (PostgreSQL gave such ties another order once)
        Sort order = (pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("lastName", "firstName"))
                .and(Sort.by("id"));
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
        return employees.search(f, sorted).map(Employee::toSummary);
    }

    @Transactional(readOnly = true)
    public EmployeeSummary employee(long id) {
        return employees.findWithReferencesById(id).map(Employee::toSummary)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + id));
    }

    /**
     * Creates (id null) or updates an employee. The manager in the data is an override; without one the manager
     * follows from the unit. Refuses with {@link EmployeeValidationException} when a rule is broken and with
     * {@link ConcurrentChangeException} when someone else saved the employee in the meantime.
     */
    public EmployeeSummary saveEmployee(Long id, Long expectedVersion, EmployeeData input) {
        EmployeeData data = input.normalised();
        Employee employee = id == null ? null : employees.findWithReferencesById(id)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + id));
        if (employee != null && expectedVersion != null && employee.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("employee " + employee.getPersonnelNumber());
        }
        UnitTree tree = effectiveManagers.tree();
        List<Violation> violations = new ArrayList<>(EmployeeRules.validate(data,
                new DatabaseRulesContext(employees, tree, books.current().book(), clock)));
        if (data.personnelNumber() != null) {
            employees.findByPersonnelNumber(data.personnelNumber())
                    .filter(other -> employee == null || !other.getId().equals(employee.getId()))
                    .ifPresent(other -> violations.add(Violation.of("personnelNumber", "employee.error.numberTaken")));
        }
        if (employee != null && !data.coordinationModule() && employee.hasCoordinationModule()) {
            long coordinated = employees.countByCoordinatorIdAndActiveTrue(employee.getId());
            if (coordinated > 0) {
                violations.add(Violation.of("coordinationModule", "employee.error.stillCoordinates", coordinated));
            }
        }
        if (!violations.isEmpty()) {
            throw new EmployeeValidationException(violations);
        }
        EmployeeSummary before = employee == null ? null : employee.toSummary();
        Employee target = employee == null ? new Employee(data.personnelNumber()) : employee;
        target.apply(data);
        target.setUnit(units.findByCode(data.unitCode()).orElseThrow());
        String manager = new ManagerResolution(tree).managerOf(data.personnelNumber(), data.unitCode(),
                data.managerNumber());
        target.setManager(manager == null ? null : employees.findByPersonnelNumber(manager).orElseThrow(),
                data.managerNumber() != null);
        target.setCoordinator(data.coordinatorNumber() == null ? null
                : employees.findByPersonnelNumber(data.coordinatorNumber()).orElseThrow());
        Employee saved = employees.saveAndFlush(target);
        audit.record(employee == null ? "EMPLOYEE_CREATED" : "EMPLOYEE_CHANGED", "employee " + saved.getPersonnelNumber(),
                saved.getId(), AuditTrail.SUCCESS, null);
        EmployeeSummary after = saved.toSummary();
        // the running round adds a new employee and follows a change of function or manager (see the round feature)
        EmployeeChange.between(before, after).ifPresent(events::publishEvent);
        return after;
    }

    /** The manager the unit gives this employee when none is set for them (for the form); empty for nobody. */
    @Transactional(readOnly = true)
    public Optional<EmployeeSummary> managerFromUnit(String unitCode, String personnelNumber) {
        if (unitCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(new ManagerResolution(effectiveManagers.tree()).managerOf(personnelNumber, unitCode,
                null)).flatMap(employees::findByPersonnelNumber).map(Employee::toSummary);
    }

    /** People to pick as manager or coordinator: matching name or number, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<EmployeeSummary> findPeople(String filter, int limit) {
        return employees(filter, PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).getContent();
    }

    @Transactional(readOnly = true)
    public List<JobTitle> jobTitles() {
        return books.current().book().jobTitles();
    }

    /** Every unit in tree order (a unit, then its sub-units by name), with people counts. */
    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        return directory.units();
    }

    /**
     * Creates (id null) or updates a unit: name, kind, place in the tree, manager and deputy. Violations name the
     * field. A new manager or place moves the effective manager of the unit's people (and of its sub-units' people
     * who follow it) in this transaction; their running reviews follow in the background.
     */
    public UnitSummary saveUnit(Long id, Long expectedVersion, UnitData input) {
        UnitData data = input.normalised();
        OrganisationUnit unit = id == null ? null
                : units.findById(id).orElseThrow(() -> new IllegalArgumentException("no unit " + id));
        if (unit != null && expectedVersion != null && unit.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("unit " + unit.getCode());
        }
        if (unit != null) {
            data = new UnitData(unit.getCode(), data.name(), data.kind(), data.parentCode(), data.managerNumber(),
                    data.deputyNumber(), data.approximateFte(), data.description()); // the code is the unit's key
        }
        UnitData d = data;
        UnitTree after = effectiveManagers.tree().with(new UnitTree.Node(d.code(), d.name(), d.parentCode(),
                d.managerNumber(), d.deputyNumber()));
        List<Violation> v = new ArrayList<>(UnitRules.validate(d, new UnitRules.Context() {
            @Override
            public UnitTree tree() {
                return after;
            }

            @Override
            public Optional<EmployeeRules.Person> person(String personnelNumber) {
                return employees.findByPersonnelNumber(personnelNumber).map(e -> new EmployeeRules.Person(
                        e.getPersonnelNumber(), e.isActive(), e.hasCoordinationModule(), null));
            }
        }));
        if (unit == null && d.code() != null && units.findByCode(d.code()).isPresent()) {
            v.add(Violation.of("code", "unit.error.codeTaken"));
        }
        if (!v.isEmpty()) {
            throw new EmployeeValidationException(v);
        }
        OrganisationUnit target = unit == null ? new OrganisationUnit(d.code(), d.name(), d.kind()) : unit;
        target.describe(d.name(), d.kind());
        target.size(d.approximateFte(), d.description());
        target.placeUnder(d.parentCode() == null ? null : units.findByCode(d.parentCode()).orElseThrow());
        target.lead(employees.findByPersonnelNumber(d.managerNumber()).orElseThrow(),
                d.deputyNumber() == null ? null : employees.findByPersonnelNumber(d.deputyNumber()).orElseThrow());
        OrganisationUnit saved = units.saveAndFlush(target);

        List<EffectiveManagers.Changed> moved = effectiveManagers.refresh(after.withSubUnits(d.code()));
        List<String> circle = effectiveManagers.circleThrough(moved.stream()
                .map(EffectiveManagers.Changed::personnelNumber).toList());
        if (!circle.isEmpty()) {
            // only visible once everyone's manager is worked out: refused, and the transaction undoes the writes
            throw new EmployeeValidationException(List.of(Violation.of("manager", "unit.error.managerCircle",
                    String.join(" → ", circle))));
        }
        audit.record(unit == null ? "UNIT_CREATED" : "UNIT_CHANGED", "unit " + saved.getCode(), null,
                AuditTrail.SUCCESS, "parent " + (d.parentCode() == null ? "-" : d.parentCode()) + ", manager "
                        + d.managerNumber() + ", deputy " + (d.deputyNumber() == null ? "-" : d.deputyNumber())
                        + ", " + moved.size() + " employees with another manager");
        List<EmployeeChange> changes = moved.stream().filter(EffectiveManagers.Changed::active)
                .map(c -> (EmployeeChange) new EmployeeChange.FunctionChanged(c.employeeId(), c.personnelNumber(),
                        c.jobTitleCode(), c.jobTitleCode()))
                .toList();
        if (!changes.isEmpty()) {
            events.publishEvent(new EmployeeChanges(changes));
        }
        return units().stream().filter(u -> u.id().equals(saved.getId())).findFirst().orElseThrow();
    }

    /** Deletes a unit that has no sub-units and nobody in it (also nobody who left service); never the top. */
    public void deleteUnit(long id, long expectedVersion) {
        OrganisationUnit unit = units.findById(id).orElseThrow(() -> new IllegalArgumentException("no unit " + id));
        if (unit.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("unit " + unit.getCode());
        }
        List<Violation> v = new ArrayList<>();
        if (unit.getParent() == null) {
            v.add(Violation.of("unit", "unit.error.deleteTop"));
        }
        if (units.existsByParentId(id)) {
            v.add(Violation.of("unit", "unit.error.hasSubUnits"));
        }
        long people = employees.countByUnitId(id);
        if (people > 0) {
            v.add(Violation.of("unit", "unit.error.hasMembers", people));
        }
        if (!v.isEmpty()) {
            throw new EmployeeValidationException(v);
        }
        units.delete(unit);
        audit.record("UNIT_DELETED", "unit " + unit.getCode(), null, AuditTrail.SUCCESS, null);
    }

    @Transactional(readOnly = true)
    public List<CoordinatorSummary> coordinators() {
        return employees.findByCoordinationModuleTrueOrderByLastNameAsc().stream()
                .map(e -> new CoordinatorSummary(e.toSummary(), employees.countByCoordinatorIdAndActiveTrue(e.getId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EmployeeSummary> coordinatedBy(long coordinatorId) {
        return employees.findByCoordinatorIdOrderByLastNameAsc(coordinatorId).stream().map(Employee::toSummary).toList();
    }

    /**
     * Makes the coordinator the coordinator of every active member of the unit itself (except themselves; the
     * people of its sub-units keep theirs). Returns how many colleagues changed.
     */
    public int assignUnitToCoordinator(long coordinatorId, String unitCode) {
        Employee coordinator = employees.findWithReferencesById(coordinatorId)
                .orElseThrow(() -> new IllegalArgumentException("no employee " + coordinatorId));
        if (!coordinator.hasCoordinationModule() || !coordinator.isActive()) {
            throw new EmployeeValidationException(List.of(Violation.of("coordinator", "employee.error.noModule",
                    coordinator.getPersonnelNumber())));
        }
        OrganisationUnit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new EmployeeValidationException(List.of(
                        Violation.of("unit", "employee.error.unitUnknown", unitCode))));
        int changed = 0;
        for (Employee member : employees.findByUnitIdAndActiveTrue(unit.getId())) {
            if (!member.getId().equals(coordinator.getId())
                    && (member.getCoordinator() == null || !member.getCoordinator().getId().equals(coordinator.getId()))) {
                member.setCoordinator(coordinator);
                changed++;
            }
        }
        audit.record("COORDINATOR_ASSIGNED", "unit " + unit.getCode(), coordinator.getId(), AuditTrail.SUCCESS,
                changed + " colleagues now coordinated by " + coordinator.getPersonnelNumber());
        return changed;
    }
}
