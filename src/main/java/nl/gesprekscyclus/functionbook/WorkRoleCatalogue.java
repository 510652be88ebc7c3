package nl.gesprekscyclus.functionbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roles an organisation works with, read from every file of the catalogue folder and checked against the active
 * function book (docs/roles.md). Immutable.
 *
 * @param roles     in the order of the files (by name) and of the roles in each file
 * @param replacing a code that is gone from the catalogue → the role that takes over its assignments
 */
public record WorkRoleCatalogue(List<WorkRole> roles, Map<String, WorkRole> replacing) {

    public static final WorkRoleCatalogue EMPTY = new WorkRoleCatalogue(List.of(), Map.of());

    public WorkRoleCatalogue {
        roles = List.copyOf(roles);
        replacing = Map.copyOf(replacing);
    }

    public Optional<WorkRole> role(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
