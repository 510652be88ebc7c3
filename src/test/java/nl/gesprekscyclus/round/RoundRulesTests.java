package nl.gesprekscyclus.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.RoundCalendar;
import org.junit.jupiter.api.Test;

/** The calendar HR gives a round: phases in order, within reach of today. */
class RoundRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static RoundCalendar calendar(int year, LocalDate progressStart) {
        return new RoundCalendar(year, new RoundCalendar.Phase(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 1)),
                new RoundCalendar.Phase(progressStart, LocalDate.of(year, 9, 30)),
                new RoundCalendar.Phase(LocalDate.of(year, 10, 15), LocalDate.of(year, 12, 15)));
    }

    @Test
    void shouldAcceptTheDefaultCalendarForNextYear() {
        assertThat(RoundService.RoundRules.check(calendar(2027, LocalDate.of(2027, 6, 1)), TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseOverlappingPhasesAndFarYears() {
        assertThat(RoundService.RoundRules.check(calendar(2027, LocalDate.of(2027, 2, 1)), TODAY))
                .extracting(Violation::messageKey).containsExactly("round.calendar.overlap");
        assertThat(RoundService.RoundRules.check(calendar(2030, LocalDate.of(2030, 6, 1)), TODAY))
                .extracting(Violation::messageKey).containsExactly("round.year.range");
    }
}
