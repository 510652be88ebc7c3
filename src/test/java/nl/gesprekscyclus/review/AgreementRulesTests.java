package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import org.junit.jupiter.api.Test;

/** What an agreement must say, and how the weights of a set add up. */
class AgreementRulesTests {

    static final Set<String> AREAS = Set.of("RG1", "RG2");
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    static final LocalDate TO = LocalDate.of(2027, 12, 15);

    @Test
    void shouldAcceptACompleteAgreement() {
        assertThat(AgreementRules.check(agreement("RG1", "Nota vastgesteld", 100), AREAS, FROM, TO)).isEmpty();
    }

    @Test
    void shouldSayWhichFieldToFix() {
        assertThat(keys(AgreementRules.check(agreement("RG1", " ", null), AREAS, FROM, TO)))
                .containsExactly("criterion:field.required");
        assertThat(keys(AgreementRules.check(agreement("RG9", "c", null), AREAS, FROM, TO)))
                .containsExactly("resultArea:agreement.result-area.unknown");
        assertThat(keys(AgreementRules.check(new ResultAgreementData("RG1", null, "d", "c", LocalDate.of(2028, 1, 1),
                null), AREAS, FROM, TO))).containsExactly("deadline:agreement.deadline.outside-period");
        assertThat(keys(AgreementRules.check(agreement("RG1", "x".repeat(2001), 0), AREAS, FROM, TO)))
                .containsExactly("criterion:field.too-long", "weight:agreement.weight.range");
    }

    @Test
    void shouldRequireWeightsToAddUpTo100WhenWeightsAreUsed() {
        assertThat(AgreementRules.checkSet(List.of(agreement("RG1", "c", null), agreement("RG2", "c", null)))).isEmpty();
        assertThat(AgreementRules.checkSet(List.of(agreement("RG1", "c", 60), agreement("RG2", "c", 40)))).isEmpty();
        assertThat(keys(AgreementRules.checkSet(List.of(agreement("RG1", "c", 60), agreement("RG2", "c", 30)))))
                .containsExactly("weight:agreement.weight.sum");
        assertThat(keys(AgreementRules.checkSet(List.of(agreement("RG1", "c", 100), agreement("RG2", "c", null)))))
                .containsExactly("weight:agreement.weight.all-or-none");
        assertThat(keys(AgreementRules.checkSet(List.of()))).containsExactly("agreements:agreement.set.empty");
    }

    @Test
    void shouldRequireAGoalForADevelopmentAgreement() {
        assertThat(keys(AgreementRules.check(new DevelopmentAgreementData("", null, null, null, null, null, null,
                null)))).containsExactly("goal:field.required");
    }

    private static ResultAgreementData agreement(String area, String criterion, Integer weight) {
        return new ResultAgreementData(area, null, "Beschrijving", criterion, LocalDate.of(2027, 6, 30), weight);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
}
