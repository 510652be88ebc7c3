package nl.gesprekscyclus.round;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Who a round is started for: all active employees, or those in some clusters and/or some named people. */
public record RoundSelection(Set<String> clusterCodes, Set<String> personnelNumbers) {

    public RoundSelection {
        clusterCodes = Set.copyOf(clusterCodes);
        personnelNumbers = Set.copyOf(personnelNumbers);
    }

    public static RoundSelection everyone() {
        return new RoundSelection(Set.of(), Set.of());
    }

    public boolean isEveryone() {
        return clusterCodes.isEmpty() && personnelNumbers.isEmpty();
    }

    /** Stored as "clusters=a,b;persons=1,2" (codes and numbers hold no ',', ';' or '='). */
    String encode() {
        return "clusters=" + String.join(",", new TreeSet<>(clusterCodes)) + ";persons="
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
