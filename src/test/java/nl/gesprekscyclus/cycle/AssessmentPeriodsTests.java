package nl.gesprekscyclus.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tijdvak: at least 6 months, at most 12; late starters are assessed first after 6 months. */
class AssessmentPeriodsTests {

    static CycleSettings settings;

    @BeforeAll
    static void load() throws IOException {
        settings = CycleSettingsTests.defaults();
    }

    @Test
    void shouldAssessSomeoneInServiceAllYearFromJanuaryToTheEndOfTheWindow() {
        assertThat(AssessmentPeriods.plan(settings, 2027, LocalDate.of(2010, 5, 1), null))
                .isEqualTo(new AssessmentPeriods.AssessedInRound(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 15)));
    }

    @Test
    void shouldAssessAStarterOfMarchOverTheMonthsInService() {
        assertThat(AssessmentPeriods.plan(settings, 2027, LocalDate.of(2027, 3, 1), null))
                .isEqualTo(new AssessmentPeriods.AssessedInRound(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 15)));
    }

    @Test
    void shouldAssessAStarterOfExactlySixMonthsBeforeTheEndOfTheWindow() {
        assertThat(AssessmentPeriods.plan(settings, 2027, LocalDate.of(2027, 6, 16), null))
                .isInstanceOf(AssessmentPeriods.AssessedInRound.class);
        assertThat(AssessmentPeriods.plan(settings, 2027, LocalDate.of(2027, 6, 17), null))
                .isInstanceOf(AssessmentPeriods.FirstAssessmentLater.class);
    }

    @Test
    void shouldAssessALateStarterSixMonthsAfterTheStartInsteadOfInTheRound() {
        assertThat(AssessmentPeriods.plan(settings, 2026, LocalDate.of(2026, 9, 1), null))
                .isEqualTo(new AssessmentPeriods.FirstAssessmentLater(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void shouldStartTheNextPeriodAfterAnEarlierAssessmentSoNoPeriodExceedsTwelveMonths() {
        // the late starter of September 2026, assessed on 1 March 2027, is assessed again in the 2027 round
        assertThat(AssessmentPeriods.plan(settings, 2027, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 3, 1)))
                .isEqualTo(new AssessmentPeriods.AssessedInRound(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 12, 15)));
    }

    @Test
    void shouldGiveNoReviewToSomeoneWhoStartsAfterTheRound() {
        assertThat(AssessmentPeriods.plan(settings, 2026, LocalDate.of(2026, 12, 20), null))
                .isInstanceOf(AssessmentPeriods.NotInService.class);
    }
}
