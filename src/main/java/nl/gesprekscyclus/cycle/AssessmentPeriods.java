package nl.gesprekscyclus.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The assessed period (tijdvak) of an employee in a round: at least the configured minimum (default 6
 * months) and at most 12. It runs from the latest of 1 January, the start in service and the day after
 * an earlier assessment, to the end of the round's assessment window. Someone who started too late in
 * the year for that is not assessed in this round: their first assessment falls due when the minimum
 * period has passed since their start (regelingen gesprekscyclus, e.g. Leeuwarden, Gorinchem).
 */
public final class AssessmentPeriods {

    private AssessmentPeriods() {
    }

    /** What the round does about the assessment of one employee. */
    public sealed interface Plan permits AssessedInRound, FirstAssessmentLater, NotInService {
    }

    /** Assessed in this round over [from, to]. */
    public record AssessedInRound(LocalDate from, LocalDate to) implements Plan {
    }

    /** In service too briefly for this round; first assessment due on {@code due}, outside the round's window. */
    public record FirstAssessmentLater(LocalDate due) implements Plan {
    }

    /** Starts after this round's assessment window: no review this year. */
    public record NotInService() implements Plan {
    }

    /**
     * @param startDate          first day in service
     * @param previousAssessment the end of the last assessed period, or null when there was none
     */
    public static Plan plan(CycleSettings settings, int year, LocalDate startDate, LocalDate previousAssessment) {
        return plan(settings, RoundCalendar.of(settings, year), startDate, previousAssessment);
    }

    /** The same rule against a round's own calendar (HR may move the windows when starting a round). */
    public static Plan plan(CycleSettings settings, RoundCalendar calendar, LocalDate startDate,
            LocalDate previousAssessment) {
        int year = calendar.year();
        LocalDate to = calendar.assessment().end();
        if (startDate.isAfter(to)) {
            return new NotInService();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        if (startDate.isAfter(from)) {
            from = startDate;
        }
        if (previousAssessment != null && !previousAssessment.isBefore(from)) {
            from = previousAssessment.plusDays(1);
        }
        int minimum = settings.minimumAssessedMonths();
        if (ChronoUnit.MONTHS.between(from, to.plusDays(1)) >= minimum) {
            return new AssessedInRound(from, to);
        }
        boolean firstEver = previousAssessment == null;
        return new FirstAssessmentLater(firstEver ? startDate.plusMonths(minimum) : from.plusMonths(minimum));
    }
}
