package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.util.Optional;
import nl.gesprekscyclus.cycle.AssessmentPeriods;
import nl.gesprekscyclus.cycle.RoundCalendar;

/**
 * The dates of one review from the round's calendar. A review that starts late (a new employee, or a round
 * started after a window closed) gets at least {@link #GRACE_DAYS} for each phase, and each phase starts no
 * earlier than the previous one is due, so nobody gets a task that is overdue the moment it appears.
 */
public final class ReviewDatesPlanner {

    public static final int GRACE_DAYS = 30;

    private ReviewDatesPlanner() {
    }

    /**
     * @param plan  the tijdvak rule's outcome for this employee (see {@link AssessmentPeriods})
     * @param today the day the review starts
     * @return empty when the employee is not in service in this round
     */
    public static Optional<ReviewDates> plan(RoundCalendar calendar, AssessmentPeriods.Plan plan, LocalDate today) {
        LocalDate periodStart;
        LocalDate periodEnd;
        LocalDate assessmentDueAtLeast;
        if (plan instanceof AssessmentPeriods.AssessedInRound assessed) {
            periodStart = assessed.from();
            periodEnd = assessed.to();
            assessmentDueAtLeast = calendar.assessment().end();
        } else if (plan instanceof AssessmentPeriods.FirstAssessmentLater later) {
            // too briefly in service for this round: the first assessment falls due after the minimum period
            periodStart = max(LocalDate.of(calendar.year(), 1, 1), today);
            periodEnd = later.due();
            assessmentDueAtLeast = later.due();
        } else {
            return Optional.empty();
        }
        LocalDate planningDue = max(calendar.planning().end(), today.plusDays(GRACE_DAYS));
        LocalDate progressStart = max(calendar.progress().start(), planningDue.plusDays(1));
        LocalDate progressDue = max(calendar.progress().end(), progressStart.plusDays(GRACE_DAYS));
        LocalDate assessmentDue = max(assessmentDueAtLeast, progressDue.plusDays(1 + GRACE_DAYS));
        LocalDate assessmentStart = max(calendar.assessment().start(), progressDue.plusDays(1));
        if (assessmentStart.isAfter(assessmentDue.minusDays(GRACE_DAYS))) {
            assessmentStart = assessmentDue.minusDays(GRACE_DAYS);
        }
        return Optional.of(new ReviewDates(periodStart, periodEnd, planningDue, progressStart, progressDue,
                assessmentStart, assessmentDue));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
