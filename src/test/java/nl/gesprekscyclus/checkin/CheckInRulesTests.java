package nl.gesprekscyclus.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.base.i18n.Messages;
import org.junit.jupiter.api.Test;

class CheckInRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2064, 9, 15);
    private static final Set<String> AGREEMENTS = Set.of("a-1", "a-2");

    private static CheckInData on(LocalDate day) {
        return new CheckInData(day, "Wies, Lotte", "Werkdruk", List.of(), List.of(), null);
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message(Messages.DUTCH)).toList();
    }

    @Test
    void shouldAcceptAConversationOfTodayAndOfEarlierInTheYear() {
        assertThat(CheckInRules.check(on(TODAY), 2064, TODAY, AGREEMENTS)).isEmpty();
        assertThat(CheckInRules.check(on(LocalDate.of(2064, 1, 1)), 2064, TODAY, AGREEMENTS)).isEmpty();
    }

    @Test
    void shouldRefuseAConversationInTheFutureInDutch() {
        assertThat(messages(CheckInRules.check(on(TODAY.plusDays(1)), 2064, TODAY, AGREEMENTS))).containsExactly(
                "heldOn: Een gesprek kan niet in de toekomst liggen: kies vandaag of een eerdere dag.");
    }

    @Test
    void shouldRefuseAConversationOutsideTheReviewYearNamingTheYearWithoutAThousandsSeparator() {
        assertThat(messages(CheckInRules.check(on(LocalDate.of(2063, 12, 31)), 2064, TODAY, AGREEMENTS)))
                .containsExactly("heldOn: Het gesprek moet in 2064 zijn gehouden, het jaar van deze gesprekscyclus.");
        // a review of a past year: a day of this year is outside it, though not in the future
        assertThat(messages(CheckInRules.check(on(TODAY), 2063, TODAY, AGREEMENTS)))
                .containsExactly("heldOn: Het gesprek moet in 2063 zijn gehouden, het jaar van deze gesprekscyclus.");
    }

    @Test
    void shouldRequireDateTopicsAndParticipants() {
        assertThat(CheckInRules.check(new CheckInData(null, " ", "", null, null, null), 2064, TODAY, AGREEMENTS))
                .extracting(Violation::field).containsExactly("heldOn", "participants", "topics");
    }

    @Test
    void shouldTakeOnlyThisReviewsAgreementsEachOnceWithAStatus() {
        CheckInData data = new CheckInData(TODAY, "Wies", "Voortgang", List.of(
                new CheckInData.Touched("a-1", AgreementProgress.AT_RISK),
                new CheckInData.Touched("a-1", AgreementProgress.BEHIND),
                new CheckInData.Touched("other-review", AgreementProgress.ON_TRACK),
                new CheckInData.Touched("a-2", null)), List.of(), null);
        assertThat(CheckInRules.check(data, 2064, TODAY, AGREEMENTS)).extracting(Violation::messageKey)
                .containsExactly("checkin.agreement.twice", "checkin.agreement.unknown",
                        "checkin.agreement.statusRequired");
    }

    @Test
    void shouldRequireAnActionsTextOwnerAndADueDateNotBeforeTheConversation() {
        CheckInData data = new CheckInData(TODAY, "Wies", "Voortgang", List.of(), List.of(
                new CheckInData.Action("Cursus zoeken", ActionOwner.EMPLOYEE, TODAY),
                new CheckInData.Action(" ", null, null),
                new CheckInData.Action("Terugblik", ActionOwner.MANAGER, TODAY.minusDays(1))), null);
        assertThat(CheckInRules.check(data, 2064, TODAY, AGREEMENTS)).extracting(v -> v.field() + " " + v.messageKey())
                .containsExactly("actionText.1 field.required", "actionOwner.1 checkin.action.ownerRequired",
                        "actionDue.1 checkin.action.dueRequired", "actionDue.2 checkin.action.dueBeforeCheckIn");
    }

    @Test
    void shouldRefuseAnOverlongNoteAndAnEmptyAddition() {
        assertThat(CheckInRules.checkNote("x".repeat(CheckInRules.MAX_NOTE + 1))).extracting(Violation::messageKey)
                .containsExactly("field.too-long");
        assertThat(CheckInRules.checkNote("")).isEmpty();
        assertThat(CheckInRules.checkEntry("  ")).extracting(Violation::messageKey).containsExactly("field.required");
    }
}
