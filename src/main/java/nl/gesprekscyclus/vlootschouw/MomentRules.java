package nl.gesprekscyclus.vlootschouw;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.base.Violation;

/**
 * The rules of opening a vlootschouw moment, before anything is written: the year has a round (its reviews are what
 * managers place), both dates, the first not after the last, the last not in the past, and the moment ends by the
 * end of the next year (a vlootschouw early in the next year, after the assessments, is common; later is a typo).
 */
final class MomentRules {

    private MomentRules() {
    }

    static List<Violation> open(int year, LocalDate opensOn, LocalDate closesOn, LocalDate today,
            boolean yearHasRound) {
        List<Violation> v = new ArrayList<>();
        if (!yearHasRound) {
            v.add(Violation.of("year", "vlootschouw.moment.rule.noRound", String.valueOf(year)));
        }
        if (opensOn == null) {
            v.add(Violation.of("opensOn", "vlootschouw.moment.rule.opensOn"));
        }
        if (closesOn == null) {
            v.add(Violation.of("closesOn", "vlootschouw.moment.rule.closesOn"));
        } else if (closesOn.isBefore(today)) {
            v.add(Violation.of("closesOn", "vlootschouw.moment.rule.closesInThePast"));
        } else if (closesOn.getYear() > year + 1) {
            v.add(Violation.of("closesOn", "vlootschouw.moment.rule.tooLate", String.valueOf(year + 1)));
        }
        if (opensOn != null && closesOn != null && opensOn.isAfter(closesOn)) {
            v.add(Violation.of("closesOn", "vlootschouw.moment.rule.order"));
        }
        return v;
    }
}
