package nl.gesprekscyclus.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit tree by code, as the rules and {@link ManagerResolution} see it: each unit's parent, manager and deputy.
 * Pure and immutable; {@link #with} gives the tree as it would be after a change (a form's save, a units file), so
 * a change is checked before anything is written.
 */
final class UnitTree {

    /** One unit: its parent's code (null at the top) and its manager and deputy by personnel number (or null). */
    record Node(String code, String name, String parentCode, String managerNumber, String deputyNumber) {
    }

    private final Map<String, Node> nodes;

    UnitTree(Collection<Node> nodes) {
        Map<String, Node> byCode = new LinkedHashMap<>();
        nodes.forEach(n -> byCode.put(n.code(), n));
        this.nodes = byCode;
    }

    static UnitTree of(Collection<KnownUnit> units) {
        return new UnitTree(units.stream().map(KnownUnit::node).toList());
    }

    Optional<Node> unit(String code) {
        return Optional.ofNullable(code == null ? null : nodes.get(code));
    }

    boolean contains(String code) {
        return code != null && nodes.containsKey(code);
    }

    Collection<Node> all() {
        return nodes.values();
    }

    /** The tree with this unit added, or replaced when its code is there already. */
    UnitTree with(Node node) {
        List<Node> all = new ArrayList<>(nodes.values());
        all.removeIf(n -> n.code().equals(node.code()));
        all.add(node);
        return new UnitTree(all);
    }

    /** The units at the top: without a parent. */
    List<Node> roots() {
        return nodes.values().stream().filter(n -> n.parentCode() == null).toList();
    }

    /**
     * The way up from a unit when it comes back to that unit (the unit placed under itself or under one of its own
     * sub-units): the names of the units on the circle, starting and ending with this one. Empty when the way up
     * ends at the top or at an unknown parent.
     */
    List<String> circleAbove(String code) {
        Node start = nodes.get(code);
        if (start == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(start.name()));
        Set<String> seen = new LinkedHashSet<>(List.of(code));
        Node current = nodes.get(start.parentCode());
        while (current != null) {
            names.add(current.name());
            if (current.code().equals(code)) {
                return names;
            }
            if (!seen.add(current.code())) {
                return List.of(); // a circle higher up that this unit is not part of: that unit's own problem
            }
            current = nodes.get(current.parentCode());
        }
        return List.of();
    }

    /** This unit and every unit below it, at any depth. */
    Set<String> withSubUnits(String code) {
        Map<String, List<String>> children = new HashMap<>();
        nodes.values().stream().filter(n -> n.parentCode() != null)
                .forEach(n -> children.computeIfAbsent(n.parentCode(), p -> new ArrayList<>()).add(n.code()));
        Set<String> result = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (nodes.containsKey(next) && result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** The units this person manages or is the deputy of. */
    List<Node> ledBy(String personnelNumber) {
        return nodes.values().stream().filter(n -> personnelNumber.equals(n.managerNumber())
                || personnelNumber.equals(n.deputyNumber())).toList();
    }
}
