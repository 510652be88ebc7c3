package nl.gesprekscyclus.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code employee.manager_id} equal to what {@link ManagerResolution} gives, after the admin changed the tree
 * (a unit's manager or place): everyone in the unit and below it is worked out again, in the caller's transaction,
 * and those whose manager changed are returned for the round (their running reviews follow the new manager).
 */
@Component
class EffectiveManagers {

    private final EmployeeRepository employees;
    private final OrganisationUnitRepository units;

    EffectiveManagers(EmployeeRepository employees, OrganisationUnitRepository units) {
        this.employees = employees;
        this.units = units;
    }

    /** The tree as it is in the database now (pending changes flushed by the caller). */
    UnitTree tree() {
        return UnitTree.of(units.findAllForRules());
    }

    /**
     * Recomputes the effective manager of every employee in these units (who has no override) and writes those that
     * differ. Someone's manager depends only on the units above their own, so a change to a unit reaches exactly the
     * people of that unit and its sub-units.
     */
    List<Changed> refresh(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        ManagerResolution resolution = new ManagerResolution(tree());
        Map<Long, String> newManager = new HashMap<>();
        List<Changed> changed = new ArrayList<>();
        for (UnitMember m : employees.findMembersOf(unitCodes)) {
            String effective = m.managerOverride() ? m.managerNumber()
                    : resolution.managerOf(m.personnelNumber(), m.unitCode(), null);
            if (!java.util.Objects.equals(effective, m.managerNumber())) {
                newManager.put(m.id(), effective);
                changed.add(new Changed(m.id(), m.personnelNumber(), m.active(), m.jobTitleCode(), m.managerNumber(),
                        effective));
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        Set<String> numbers = newManager.values().stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, Employee> managers = employees.findByPersonnelNumberIn(numbers).stream()
                .collect(Collectors.toMap(Employee::getPersonnelNumber, Function.identity()));
        List<Long> ids = new ArrayList<>(newManager.keySet());
        for (int from = 0; from < ids.size(); from += EmployeeImporter.CHUNK) {
            for (Employee e : employees.findAllById(ids.subList(from, Math.min(ids.size(), from + EmployeeImporter.CHUNK)))) {
                String number = newManager.get(e.getId());
                e.setManager(number == null ? null : managers.get(number));
            }
            employees.flush();
        }
        return changed;
    }

    /** The people of a circle of managers (A manages B manages A) that one of these people is part of. */
    List<String> circleThrough(Collection<String> personnelNumbers) {
        Map<String, String> lines = new HashMap<>();
        for (Object[] line : employees.findManagerLines()) {
            lines.put((String) line[0], (String) line[1]);
        }
        Set<String> onCircle = ManagerResolution.onCircle(lines);
        return personnelNumbers.stream().filter(onCircle::contains).findFirst()
                .map(start -> circleFrom(start, lines)).orElse(List.of());
    }

    private static List<String> circleFrom(String start, Map<String, String> lines) {
        List<String> circle = new ArrayList<>(List.of(start));
        for (String n = lines.get(start); n != null && !n.equals(start); n = lines.get(n)) {
            circle.add(n);
        }
        circle.add(start);
        return circle;
    }

    /** Someone whose effective manager the change moved. */
    record Changed(long employeeId, String personnelNumber, boolean active, String jobTitleCode, String before,
            String after) {
    }
}
