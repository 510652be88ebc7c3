package nl.gesprekscyclus.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists units in tree order with their people counts (own and with sub-units). */
final class UnitListing {

    private UnitListing() {
    }

    static List<UnitSummary> inTreeOrder(List<OrganisationUnit> byName, Map<Long, Long> activePerUnit) {
        Map<Long, List<OrganisationUnit>> children = new HashMap<>();
        List<OrganisationUnit> roots = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        byName.forEach(u -> ids.add(u.getId()));
        for (OrganisationUnit u : byName) {
            if (u.getParent() == null || !ids.contains(u.getParent().getId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.getParent().getId(), p -> new ArrayList<>()).add(u);
            }
        }
        roots.sort(Comparator.comparing(OrganisationUnit::getName));
        List<UnitSummary> result = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        for (OrganisationUnit root : roots) {
            add(root, children, activePerUnit, result, visited);
        }
        return result;
    }

    /** Adds the unit and everything below it; returns the active people of all of them. */
    private static long add(OrganisationUnit unit, Map<Long, List<OrganisationUnit>> children,
            Map<Long, Long> activePerUnit, List<UnitSummary> result, Set<Long> visited) {
        if (!visited.add(unit.getId())) {
            return 0;
        }
        int position = result.size();
        result.add(null); // the unit before its sub-units; its total is known after them
        long own = activePerUnit.getOrDefault(unit.getId(), 0L);
        long all = own;
        for (OrganisationUnit child : children.getOrDefault(unit.getId(), List.of())) {
            all += add(child, children, activePerUnit, result, visited);
        }
        result.set(position, unit.toSummary(own, all));
        return all;
    }
}
