package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gesprekscyclus.cycle.AssessmentPeriods;
import nl.gesprekscyclus.cycle.RoundCalendar;
import org.junit.jupiter.api.Test;

/** A review's dates: the round's calendar, with time to do each phase for whoever starts late. */
class ReviewDatesPlannerTests {

    static final RoundCalendar CALENDAR = new RoundCalendar(2027,
            new RoundCalendar.Phase(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1)),
            new RoundCalendar.Phase(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 30)),
            new RoundCalendar.Phase(LocalDate.of(2027, 10, 15), LocalDate.of(2027, 12, 15)));
    static final AssessmentPeriods.Plan WHOLE_YEAR = new AssessmentPeriods.AssessedInRound(LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 12, 15));

    @Test
    void shouldFollowTheCalendarForARoundStartedBeforeTheYear() {
        ReviewDates d = ReviewDatesPlanner.plan(CALENDAR, WHOLE_YEAR, LocalDate.of(2026, 12, 1)).orElseThrow();
        assertThat(d.planningDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(d.progressStart()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(d.progressDue()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(d.assessmentStart()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(d.assessmentDue()).isEqualTo(LocalDate.of(2027, 12, 15));
    }

    @Test
    void shouldGiveALateStarterTimeForEveryPhaseInOrder() {
        ReviewDates d = ReviewDatesPlanner.plan(CALENDAR, WHOLE_YEAR, LocalDate.of(2027, 8, 20)).orElseThrow();
        assertThat(d.planningDue()).isEqualTo(LocalDate.of(2027, 9, 19));
        assertThat(d.progressStart()).isAfter(d.planningDue());
        assertThat(d.progressDue()).isEqualTo(LocalDate.of(2027, 9, 30).isAfter(d.progressStart().plusDays(30))
                ? LocalDate.of(2027, 9, 30) : d.progressStart().plusDays(30));
        assertThat(d.assessmentStart()).isAfter(d.progressDue());
        assertThat(d.assessmentDue()).isAfterOrEqualTo(d.assessmentStart().plusDays(ReviewDatesPlanner.GRACE_DAYS));
    }

    @Test
    void shouldAssessSomeoneInServiceTooBrieflySixMonthsAfterTheirStart() {
        LocalDate due = LocalDate.of(2028, 5, 1);
        ReviewDates d = ReviewDatesPlanner.plan(CALENDAR, new AssessmentPeriods.FirstAssessmentLater(due),
                LocalDate.of(2027, 11, 1)).orElseThrow();
        assertThat(d.periodEnd()).isEqualTo(due);
        assertThat(d.assessmentDue()).isEqualTo(due);
        assertThat(d.assessmentStart()).isBefore(due).isAfter(d.progressDue());
    }

    @Test
    void shouldStartNoReviewForSomeoneNotInService() {
        assertThat(ReviewDatesPlanner.plan(CALENDAR, new AssessmentPeriods.NotInService(), LocalDate.of(2027, 1, 1)))
                .isEmpty();
    }
}
