package nl.gesprekscyclus.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who an employee's manager is (issue 16): the manager set for the employee (an override) if there is one; else the
 * manager of the employee's unit; for that unit's manager themselves, the manager of the nearest unit above with
 * someone else as manager (the manager of a unit reports to the manager of the unit above); for the manager at the
 * top (the gemeentesecretaris): nobody. A unit without a manager passes the question on to the unit above.
 * <p>
 * Pure: the result is materialised in {@code employee.manager_id} by whoever changes the tree or the employee, so
 * every query that asks "who manages whom" reads one column.
 */
final class ManagerResolution {

    private final UnitTree tree;

    ManagerResolution(UnitTree tree) {
        this.tree = tree;
    }

    /**
     * @param overrideManager the personnel number of the manager set for this employee, or null to follow the unit
     * @return the personnel number of the effective manager, or null for nobody
     */
    String managerOf(String personnelNumber, String unitCode, String overrideManager) {
        if (overrideManager != null) {
            return overrideManager;
        }
        Set<String> seen = new HashSet<>();
        UnitTree.Node unit = tree.unit(unitCode).orElse(null);
        while (unit != null && seen.add(unit.code())) { // a circle in the tree (refused, but never loop on one)
            if (unit.managerNumber() != null && !unit.managerNumber().equals(personnelNumber)) {
                return unit.managerNumber();
            }
            unit = tree.unit(unit.parentCode()).orElse(null);
        }
        return null;
    }

    /**
     * The people whose line of managers comes back to themselves (A manages B, B manages A; or longer), given
     * everyone's effective manager by personnel number.
     */
    static Set<String> onCircle(Map<String, String> managerOf) {
        Set<String> onCircle = new HashSet<>();
        Map<String, Boolean> done = new HashMap<>(); // walked before: no new circle can start there
        for (String start : managerOf.keySet()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> position = new HashMap<>();
            String current = start;
            while (current != null && !done.containsKey(current)) {
                Integer seenAt = position.putIfAbsent(current, path.size());
                if (seenAt != null) {
                    onCircle.addAll(path.subList(seenAt, path.size()));
                    break;
                }
                path.add(current);
                current = managerOf.get(current);
            }
            path.forEach(p -> done.put(p, Boolean.TRUE));
        }
        return onCircle;
    }
}
