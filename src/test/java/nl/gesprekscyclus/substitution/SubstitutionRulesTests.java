package nl.gesprekscyclus.substitution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.base.Violation;
import org.junit.jupiter.api.Test;

/** The rules of a substitution period, as plain functions (issue 16, item 3). */
class SubstitutionRulesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final long MANAGER = 1L;
    static final long SUBSTITUTE = 2L;
    static final List<SubstitutionRules.Period> HOLIDAY = List.of(
            new SubstitutionRules.Period(TODAY.plusDays(10), TODAY.plusDays(20), "Vera Vervanger"));

    @Test
    void shouldAcceptAPeriodFromTodayThatTouchesNoOtherPeriod() {
        assertThat(check(SUBSTITUTE, TODAY, TODAY.plusDays(9))).isEmpty();
        assertThat(check(SUBSTITUTE, TODAY.plusDays(21), TODAY.plusDays(21))).as("one day").isEmpty();
    }

    @Test
    void shouldRefuseAPeriodInThePastOrEndingBeforeItStarts() {
        assertThat(check(SUBSTITUTE, TODAY.minusDays(1), TODAY.plusDays(3))).extracting(Violation::field,
                Violation::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("from",
                        "substitution.error.past"));
        assertThat(check(SUBSTITUTE, TODAY.plusDays(3), TODAY.plusDays(2))).extracting(Violation::field,
                Violation::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("to",
                        "substitution.error.endBeforeStart"));
        assertThat(check(SUBSTITUTE, null, null)).extracting(Violation::field).containsExactly("from", "to");
    }

    @Test
    void shouldRefuseAPeriodThatOverlapsAnotherOfTheSameManagerAtEitherEnd() {
        for (LocalDate[] period : new LocalDate[][] {{TODAY.plusDays(5), TODAY.plusDays(10)},
                {TODAY.plusDays(20), TODAY.plusDays(25)}, {TODAY.plusDays(12), TODAY.plusDays(13)},
                {TODAY, TODAY.plusDays(30)}}) {
            assertThat(check(SUBSTITUTE, period[0], period[1])).as(period[0] + ".." + period[1])
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("from");
                        assertThat(v.messageKey()).isEqualTo("substitution.error.overlap");
                        assertThat(v.args()).containsExactly("Vera Vervanger", "20-03-2027", "30-03-2027");
                    });
        }
    }

    @Test
    void shouldRefuseTheManagerThemselfNobodyAndSomeoneOutOfService() {
        assertThat(check(MANAGER, TODAY, TODAY)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("substitute", "substitution.error.self"));
        assertThat(check(null, TODAY, TODAY)).extracting(Violation::messageKey)
                .containsExactly("substitution.error.substituteRequired");
        assertThat(SubstitutionRules.check(MANAGER, SUBSTITUTE, false, TODAY, TODAY, null, TODAY, List.of()))
                .extracting(Violation::messageKey).containsExactly("substitution.error.inactive");
    }

    @Test
    void shouldCoverTheFirstAndTheLastDayAndNothingOutside() {
        LocalDate from = TODAY.plusDays(10);
        LocalDate to = TODAY.plusDays(20);
        assertThat(SubstitutionRules.covers(from, to, from)).isTrue();
        assertThat(SubstitutionRules.covers(from, to, to)).isTrue();
        assertThat(SubstitutionRules.covers(from, to, from.minusDays(1))).isFalse();
        assertThat(SubstitutionRules.covers(from, to, to.plusDays(1))).isFalse();
    }

    private static List<Violation> check(Long substitute, LocalDate from, LocalDate to) {
        return SubstitutionRules.check(MANAGER, substitute, true, from, to, null, TODAY, HOLIDAY);
    }
}
