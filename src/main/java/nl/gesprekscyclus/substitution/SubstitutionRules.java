package nl.gesprekscyclus.substitution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.base.Violation;

/**
 * What makes a substitution valid (issue 16, item 3), as plain functions so each rule has a unit test: somebody
 * else than the manager, in service, for a period that has not passed, ends on or after its start, and does not
 * overlap another substitution of the same manager (on any day one person acts for the manager, or the tasks would
 * have two owners besides the manager).
 */
public final class SubstitutionRules {

    public static final String SUBSTITUTE = "substitute";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final int REASON_MAX = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private SubstitutionRules() {
    }

    /** Another substitution of the same manager, for the overlap check and its message. */
    public record Period(LocalDate from, LocalDate to, String substituteName) {
    }

    /** The broken rules, one per field at most; empty when the substitution may be stored. */
    public static List<Violation> check(Long managerId, Long substituteId, boolean substituteActive, LocalDate from,
            LocalDate to, String reason, LocalDate today, List<Period> others) {
        List<Violation> violations = new ArrayList<>();
        if (substituteId == null) {
            violations.add(Violation.of(SUBSTITUTE, "substitution.error.substituteRequired"));
        } else if (substituteId.equals(managerId)) {
            violations.add(Violation.of(SUBSTITUTE, "substitution.error.self"));
        } else if (!substituteActive) {
            violations.add(Violation.of(SUBSTITUTE, "substitution.error.inactive"));
        }
        if (from == null) {
            violations.add(Violation.of(FROM, "substitution.error.required"));
        } else if (from.isBefore(today)) {
            violations.add(Violation.of(FROM, "substitution.error.past"));
        }
        if (to == null) {
            violations.add(Violation.of(TO, "substitution.error.required"));
        } else if (from != null && to.isBefore(from)) {
            violations.add(Violation.of(TO, "substitution.error.endBeforeStart"));
        }
        // an overlap is only worth saying about a period that is otherwise possible
        if (from != null && to != null && !to.isBefore(from) && !from.isBefore(today)) {
            others.stream().filter(o -> !o.to().isBefore(from) && !o.from().isAfter(to)).findFirst()
                    .ifPresent(o -> violations.add(Violation.of(FROM, "substitution.error.overlap", o.substituteName(),
                            DAY.format(o.from()), DAY.format(o.to()))));
        }
        if (reason != null && reason.strip().length() > REASON_MAX) {
            violations.add(Violation.of("reason", "substitution.error.reasonLength", REASON_MAX));
        }
        return violations;
    }

    /** Whether a period (both days inclusive) covers the day. */
    public static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
