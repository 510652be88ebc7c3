package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.gesprekscyclus.functionbook.WorkRole;

/**
 * A role the employee filled in the review's period (an accepted assignment whose period overlaps it; docs/roles.md,
 * "In the review"), with the stretches they filled it: a role assigned or ended during the year has a stretch that
 * does not cover the whole period, and the screens and documents say so with its dates. Two assignments of the same
 * role in one year are one role with two stretches.
 *
 * @param name the name the role had when it was assigned (kept with the assignment)
 * @param role the role as the catalogue describes it now (purpose, tasks, competencies); null when the catalogue no
 *             longer has it, and then only the name is shown and nothing of it is rated
 */
public record ReviewRole(String code, String name, List<Stretch> stretches, WorkRole role) {

    /** One assignment of the role: its first day, last day (null: until further notice) and share of time. */
    public record Stretch(LocalDate from, LocalDate to, Integer sharePercent) {

        /** Whether the stretch covers the whole of the period from {@code start} to {@code end}. */
        public boolean covers(LocalDate start, LocalDate end) {
            return !from.isAfter(start) && (to == null || !to.isBefore(end));
        }
    }

    public ReviewRole {
        stretches = List.copyOf(stretches);
    }

    /**
     * The role an agreement of before V22 named in its free text: a role of the review whose code or name equals
     * the text, ignoring case and surrounding spaces. Only roles the employee filled in the review's year are
     * candidates, so an old text never becomes a role the person did not have (docs/roles.md).
     */
    public static Optional<ReviewRole> named(List<ReviewRole> roles, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return roles.stream().filter(r -> r.code().toLowerCase(Locale.ROOT).equals(wanted)
                || r.name().strip().toLowerCase(Locale.ROOT).equals(wanted)
                || r.role() != null && r.role().name().strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
