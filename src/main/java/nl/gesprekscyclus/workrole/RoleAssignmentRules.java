package nl.gesprekscyclus.workrole;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import nl.gesprekscyclus.base.Violation;

/**
 * What makes a role assignment valid (issue 18, item 2), as plain functions so each rule has a unit test: a role of
 * the catalogue, a person in service, a start, an end not before the start, a share between 1 and 100 %, and no
 * second period of the same role for the same person on any day (one row per role and day keeps the history and
 * item 3's "agreement belongs to this role" unambiguous). Shares adding up to more than 100 % on some day are not
 * refused (a person may knowingly take on more for a while) but warned about: {@link #overloads}.
 */
public final class RoleAssignmentRules {

    public static final String ROLE = "role";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SHARE = "share";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private RoleAssignmentRules() {
    }

    /** An assignment of the same person as the rules see it; {@code to} null: until further notice. */
    public record Period(Long id, String roleCode, String roleName, LocalDate from, LocalDate to, Integer share,
            RoleAssignmentStatus status) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return (otherTo == null || !otherTo.isBefore(from)) && (to == null || !otherFrom.isAfter(to));
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** From this day on the shares of the person's roles add up to {@code totalPercent}, more than 100. */
    public record Overload(LocalDate from, int totalPercent) {
    }

    /**
     * The broken rules of a new assignment or proposal (or of a proposal about to be accepted: {@code self} is its
     * id, left out of the overlap check); empty when it may be stored.
     *
     * @param others the person's other assignments, any status
     */
    public static List<Violation> check(Long self, String roleCode, boolean roleKnown, boolean employeeActive,
            LocalDate from, LocalDate to, Integer share, List<Period> others) {
        List<Violation> violations = new ArrayList<>();
        if (roleCode == null || roleCode.isBlank()) {
            violations.add(Violation.of(ROLE, "roles.error.roleRequired"));
        } else if (!roleKnown) {
            violations.add(Violation.of(ROLE, "roles.error.unknownRole", roleCode));
        } else if (!employeeActive) {
            violations.add(Violation.of(ROLE, "roles.error.inactive"));
        }
        if (from == null) {
            violations.add(Violation.of(FROM, "roles.error.required"));
        }
        if (to != null && from != null && to.isBefore(from)) {
            violations.add(Violation.of(TO, "roles.error.endBeforeStart"));
        }
        if (share != null && (share < 1 || share > 100)) {
            violations.add(Violation.of(SHARE, "roles.error.share"));
        }
        if (from != null && (to == null || !to.isBefore(from))) {
            others.stream().filter(o -> !Objects.equals(o.id(), self) && o.status().counts()
                            && o.roleCode().equals(roleCode) && o.overlaps(from, to)).findFirst()
                    .ifPresent(o -> violations.add(o.to() == null
                            ? Violation.of(FROM, "roles.error.overlapOpen", o.roleName(), DAY.format(o.from()))
                            : Violation.of(FROM, "roles.error.overlap", o.roleName(), DAY.format(o.from()),
                                    DAY.format(o.to()))));
        }
        return violations;
    }

    /**
     * The stretches in which the shares of these periods add up to more than 100 %: one entry for each day the total
     * changes to a value above 100, in date order. Periods without a share count for nothing.
     */
    public static List<Overload> overloads(List<Period> periods) {
        List<Period> shared = periods.stream().filter(p -> p.share() != null).toList();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Period p : shared) {
            days.add(p.from());
            if (p.to() != null) {
                days.add(p.to().plusDays(1));
            }
        }
        List<Overload> overloads = new ArrayList<>();
        int previous = 0;
        for (LocalDate day : days) {
            int total = shared.stream().filter(p -> p.covers(day)).mapToInt(Period::share).sum();
            if (total > 100 && total != previous) {
                overloads.add(new Overload(day, total));
            }
            previous = total;
        }
        return overloads;
    }
}
