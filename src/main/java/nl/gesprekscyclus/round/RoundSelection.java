package nl.gesprekscyclus.round;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who a round is started for: all active employees, or those in some units (with their sub-units, at any depth)
 * and/or some named people.
 */
public record RoundSelection(Set<String> unitCodes, Set<String> personnelNumbers) {

    public RoundSelection {
        unitCodes = Set.copyOf(unitCodes);
        personnelNumbers = Set.copyOf(personnelNumbers);
    }

    public static RoundSelection everyone() {
        return new RoundSelection(Set.of(), Set.of());
    }

    public boolean isEveryone() {
        return unitCodes.isEmpty() && personnelNumbers.isEmpty();
    }

    /**
     * Stored as "units=a,b;persons=1,2" (codes and numbers hold no ',', ';' or '='). Rounds started before the unit
     * tree stored "clusters=a,b;...": the key is not read, so they read the same (a cluster is a unit).
     */
    String encode() {
        return "units=" + String.join(",", new TreeSet<>(unitCodes)) + ";persons="
                + String.join(",", new TreeSet<>(personnelNumbers));
    }

    static RoundSelection decode(String text) {
        String[] parts = text.split(";", -1);
        return new RoundSelection(values(parts[0]), values(parts[1]));
    }

    private static Set<String> values(String part) {
        String list = part.substring(part.indexOf('=') + 1);
        return list.isEmpty() ? Set.of()
                : Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

}
