package nl.gesprekscyclus.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.gesprekscyclus.functionbook.FunctionBook;

/**
 * What the employee rules ask of the book and the unit tree, the same for the admin form (the tree in the database)
 * and an import (the tree after the units file); where people come from is the subclass's.
 */
abstract class TreeRulesContext implements EmployeeRules.Context {

    private final FunctionBook book;
    private final UnitTree tree;
    private final ManagerResolution resolution;
    private final Map<String, List<String>> unitsLedBy = new HashMap<>();

    TreeRulesContext(FunctionBook book, UnitTree tree) {
        this.book = book;
        this.tree = tree;
        this.resolution = new ManagerResolution(tree);
        for (UnitTree.Node n : tree.all()) {
            for (String person : new String[] {n.managerNumber(), n.deputyNumber()}) {
                if (person != null) {
                    unitsLedBy.computeIfAbsent(person, p -> new ArrayList<>()).add(n.name());
                }
            }
        }
    }

    @Override
    public boolean jobTitleExists(String code) {
        return book.jobTitle(code).isPresent();
    }

    @Override
    public boolean unitExists(String code) {
        return tree.contains(code);
    }

    @Override
    public Optional<String> managerFromUnit(String unitCode, String personnelNumber) {
        return Optional.ofNullable(resolution.managerOf(personnelNumber, unitCode, null));
    }

    @Override
    public List<String> unitsLedBy(String personnelNumber) {
        return unitsLedBy.getOrDefault(personnelNumber, List.of());
    }
}
