package nl.gesprekscyclus.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.gesprekscyclus.review.ResultAgreementData;
import org.junit.jupiter.api.Test;

/** What the versions dialog says changed between two versions of an agreement. */
class AgreementVersionChangesTests {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void shouldNameEachChangedFieldWithItsOldAndNewValueAsShown() {
        ResultAgreementData before = new ResultAgreementData("RG1", null, "Nota", "Vastgesteld",
                LocalDate.of(2027, 9, 30), 60);
        ResultAgreementData after = new ResultAgreementData("RG2", "trekker", "Nota", "Vastgesteld ",
                LocalDate.of(2027, 11, 30), 50);

        assertThat(AgreementVersionChanges.between(before, "Beleid ontwikkelen", after, "Advisering", DUTCH))
                .containsExactly(
                new AgreementVersionChanges.Change("review.agreement.resultArea", "Beleid ontwikkelen", "Advisering"),
                new AgreementVersionChanges.Change("review.agreement.role", "", "trekker"),
                new AgreementVersionChanges.Change("review.agreement.deadline", "30 september 2027", "30 november 2027"),
                new AgreementVersionChanges.Change("review.agreement.weight", "60", "50"));
    }

    @Test
    void shouldFindNoChangeWhenOnlySpacesDiffer() {
        ResultAgreementData before = new ResultAgreementData("RG1", null, "Nota", "Vastgesteld", null, null);
        ResultAgreementData after = new ResultAgreementData("RG1", "", " Nota", "Vastgesteld", null, null);

        assertThat(AgreementVersionChanges.between(before, "Beleid ontwikkelen", after, "Beleid ontwikkelen", DUTCH))
                .isEmpty();
    }

    /** After a change of function "RG1" of the new profile is another area than "RG1" of the old one. */
    @Test
    void shouldTellAnotherResultAreaUnderTheSameCodeByItsName() {
        ResultAgreementData before = new ResultAgreementData("RG1", null, "Nota", "Vastgesteld", null, null);
        ResultAgreementData after = new ResultAgreementData("RG1", null, "Nota", "Vastgesteld", null, null);

        assertThat(AgreementVersionChanges.between(before, "Beleid ontwikkelen", after, "Advisering", DUTCH))
                .containsExactly(new AgreementVersionChanges.Change("review.agreement.resultArea",
                        "Beleid ontwikkelen", "Advisering"));
    }
}
