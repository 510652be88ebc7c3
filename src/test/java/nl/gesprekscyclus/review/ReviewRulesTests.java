package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.gesprekscyclus.review.ReviewRules.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may write what, when: the rules of PRODUCT.md as unit tests. */
class ReviewRulesTests {

    static final long EMPLOYEE = 31;
    static final long MANAGER = 1;
    static final long COORDINATOR = 8;

    final Review review = new Review(7L, EMPLOYEE, "100031", 2027,
            new Review.Participants("beleidsadviseur", "medewerker-ontwikkeling-ii", 1L, MANAGER, COORDINATOR),
            new ReviewDates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 15), LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 30), LocalDate.of(2027, 10, 15),
                    LocalDate.of(2027, 12, 15)),
            Instant.EPOCH);

    @Test
    void shouldKnowWhoIsWhoInAReview() {
        assertThat(ReviewRules.partyOf(review, EMPLOYEE, false)).isEqualTo(Party.EMPLOYEE);
        assertThat(ReviewRules.partyOf(review, MANAGER, false)).isEqualTo(Party.MANAGER);
        assertThat(ReviewRules.partyOf(review, COORDINATOR, false)).isEqualTo(Party.COORDINATOR);
        assertThat(ReviewRules.partyOf(review, 99L, true)).isEqualTo(Party.HR);
        assertThat(ReviewRules.partyOf(review, 99L, false)).isEqualTo(Party.OTHER);
        assertThat(ReviewRules.partyOf(review, null, false)).isEqualTo(Party.OTHER);
        // an HR adviser's own review is their own: HR status does not give them another role in it
        assertThat(ReviewRules.partyOf(review, EMPLOYEE, true)).isEqualTo(Party.EMPLOYEE);
    }

    @ParameterizedTest
    @EnumSource(value = ReviewTask.class, mode = EnumSource.Mode.EXCLUDE, names = "DECIDE_AGREEMENT_CHANGE")
    void shouldLetOnlyTheTasksOwnPartyDoItAndOnlyWhileItIsOpen(ReviewTask task) {
        for (Party party : Party.values()) {
            var outcome = ReviewRules.check(task.phase(), task, party, true);
            if (party == task.party()) {
                assertThat(outcome).as(party + " on " + task).isEmpty();
            } else {
                assertThat(outcome).as(party + " on " + task).contains(Refusal.NOT_THEIR_TASK);
            }
        }
        assertThat(ReviewRules.check(task.phase(), task, task.party(), false)).contains(Refusal.TASK_NOT_OPEN);
    }

    @Test
    void shouldOnlyLetTheEmployeeDraftOnlyTheCoordinatorGiveInputAndOnlyTheManagerAssess() {
        assertThat(ReviewTask.DRAFT_AGREEMENTS.party()).isEqualTo(Party.EMPLOYEE);
        assertThat(ReviewTask.PLANNING_INPUT.party()).isEqualTo(Party.COORDINATOR);
        assertThat(ReviewTask.INFORMANT_INPUT.party()).isEqualTo(Party.COORDINATOR);
        assertThat(ReviewTask.PLANNING_CONVERSATION.party()).isEqualTo(Party.MANAGER);
        assertThat(ReviewTask.WRITE_ASSESSMENT.party()).isEqualTo(Party.MANAGER);
        assertThat(ReviewTask.SIGN_OFF.party()).isEqualTo(Party.SIGNER);
        assertThat(ReviewTask.HR_ADVICE.party()).isEqualTo(Party.HR);
        assertThat(ReviewTask.WEIGH_HR_ADVICE.party()).isEqualTo(Party.MANAGER);
        assertThat(ReviewTask.SECOND_ASSESSMENT.party()).isEqualTo(Party.SECOND_ASSESSOR);
    }

    @Test
    void shouldLetTheManagerSignOffWhereThePolicyOrAnOlderReviewNamesNobodyElse() {
        // a review from before the policy (nobody resolved) is signed off by its manager, as it always was
        assertThat(ReviewRules.partiesOf(review, MANAGER, false)).containsExactly(Party.MANAGER, Party.SIGNER);
        review.assign(new AssessmentLine.Line(MANAGER, null, MANAGER));
        assertThat(ReviewRules.partiesOf(review, MANAGER, false)).containsExactly(Party.MANAGER, Party.SIGNER);
        assertThat(ReviewRules.partyOf(review, MANAGER, false)).isEqualTo(Party.MANAGER);
    }

    @Test
    void shouldKnowTheSecondAssessorAndTheSignerAndThatOnePersonCanBeBoth() {
        long next = 2;
        long top = 3;
        review.assign(new AssessmentLine.Line(MANAGER, next, top));
        assertThat(ReviewRules.partiesOf(review, MANAGER, false)).containsExactly(Party.MANAGER);
        assertThat(ReviewRules.partiesOf(review, next, false)).containsExactly(Party.SECOND_ASSESSOR);
        assertThat(ReviewRules.partiesOf(review, top, true)).containsExactly(Party.SIGNER);
        review.assign(new AssessmentLine.Line(MANAGER, next, next));
        assertThat(ReviewRules.partiesOf(review, next, false)).containsExactly(Party.SECOND_ASSESSOR, Party.SIGNER);
        assertThat(ReviewRules.partyOf(review, next, false)).isEqualTo(Party.SECOND_ASSESSOR);
        // the employee is only ever the employee in their own review
        assertThat(ReviewRules.partiesOf(review, EMPLOYEE, true)).containsExactly(Party.EMPLOYEE);
    }

    @Test
    void shouldLetTheSecondAssessorAndTheSignerReadOnlyFromTheirStepOn() {
        var second = java.util.Set.of(Party.SECOND_ASSESSOR);
        var signer = java.util.Set.of(Party.SIGNER);
        var none = java.util.Set.<SignatureKind>of();
        assertThat(ReviewRules.lineMayRead(second, java.util.Set.of(ReviewTask.WRITE_ASSESSMENT), none)).isFalse();
        assertThat(ReviewRules.lineMayRead(second, java.util.Set.of(ReviewTask.WEIGH_HR_ADVICE), none)).isFalse();
        assertThat(ReviewRules.lineMayRead(second, java.util.Set.of(ReviewTask.SECOND_ASSESSMENT), none)).isTrue();
        assertThat(ReviewRules.lineMayRead(second, java.util.Set.of(), java.util.Set.of(SignatureKind.CONSULT)))
                .isTrue();
        assertThat(ReviewRules.lineMayRead(signer, java.util.Set.of(ReviewTask.SECOND_ASSESSMENT), none)).isFalse();
        assertThat(ReviewRules.lineMayRead(signer, java.util.Set.of(ReviewTask.ACKNOWLEDGE), none)).isFalse();
        assertThat(ReviewRules.lineMayRead(signer, java.util.Set.of(ReviewTask.SIGN_OFF), none)).isTrue();
        assertThat(ReviewRules.lineMayRead(signer, java.util.Set.of(), java.util.Set.of(SignatureKind.SIGN_OFF)))
                .isTrue();
        // someone else's signature of that kind does not count: the caller passes this person's own
        assertThat(ReviewRules.lineMayRead(java.util.Set.of(Party.OTHER), java.util.Set.of(ReviewTask.SIGN_OFF),
                java.util.Set.of(SignatureKind.SIGN_OFF))).isFalse();
    }

    @Test
    void shouldRefuseAPhasesDataOutsideThatPhase() {
        assertThat(ReviewRules.check(ReviewPhase.PROGRESS, ReviewTask.DRAFT_AGREEMENTS, Party.EMPLOYEE, true))
                .contains(Refusal.TASK_NOT_OPEN);
        assertThat(ReviewRules.check(ReviewPhase.PLANNING, ReviewTask.WRITE_ASSESSMENT, Party.MANAGER, true))
                .contains(Refusal.TASK_NOT_OPEN);
    }

    @ParameterizedTest
    @EnumSource(value = ReviewPhase.class, names = {"CLOSED", "ENDED"})
    void shouldChangeNothingAfterSignOffOrEnd(ReviewPhase finished) {
        for (ReviewTask task : ReviewTask.values()) {
            if (task.party() != null) {
                assertThat(ReviewRules.check(finished, task, task.party(), true)).contains(Refusal.REVIEW_FINISHED);
            }
        }
        assertThat(ReviewRules.checkChangeProposal(finished, Party.MANAGER, true, false))
                .contains(Refusal.REVIEW_FINISHED);
    }

    @Test
    void shouldAllowChangesOfAgreementsOnlyBetweenEmployeeAndManagerAfterAgreementAndBeforeTheAssessment() {
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.PROGRESS, Party.EMPLOYEE, true, false)).isEmpty();
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.PROGRESS, Party.MANAGER, true, false)).isEmpty();
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.PROGRESS, Party.COORDINATOR, true, false))
                .contains(Refusal.NOT_THEIR_TASK);
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.PROGRESS, Party.HR, true, false))
                .contains(Refusal.NOT_THEIR_TASK);
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.PLANNING, Party.EMPLOYEE, false, false))
                .contains(Refusal.TASK_NOT_OPEN);
        assertThat(ReviewRules.checkChangeProposal(ReviewPhase.ASSESSMENT, Party.EMPLOYEE, true, true))
                .contains(Refusal.TASK_NOT_OPEN);
    }

    @Test
    void shouldKeepHrAdviceFromTheEmployeeUnlessThePolicySaysTheyReadIt() {
        assertThat(Withheld.fromEmployee(true, java.util.Set.of(), false)).containsExactly(Withheld.HR_ADVICE);
        assertThat(Withheld.fromEmployee(false, java.util.Set.of(), false))
                .containsExactly(Withheld.MANAGER_ASSESSMENT, Withheld.HR_ADVICE);
        assertThat(Withheld.fromEmployee(true, java.util.Set.of(), true)).isEmpty();
    }

    @Test
    void shouldPutTheManagerBeforeTheCoordinatorAndKeepEveryRelation() {
        // one person as manager and coordinator of the employee: the manager's relation wins, as before
        Review both = new Review(7L, EMPLOYEE, "100031", 2027,
                new Review.Participants("beleidsadviseur", "medewerker-ontwikkeling-ii", 1L, MANAGER, MANAGER),
                review.dates(), Instant.EPOCH);
        assertThat(ReviewRules.partyOf(both, MANAGER, false)).isEqualTo(Party.MANAGER);
        assertThat(ReviewRules.partiesOf(both, MANAGER, false)).containsExactly(Party.MANAGER, Party.COORDINATOR,
                Party.SIGNER);
        // the coordinator who is also the second assessor keeps both relations
        review.assign(new AssessmentLine.Line(MANAGER, COORDINATOR, MANAGER));
        assertThat(ReviewRules.partiesOf(review, COORDINATOR, false)).containsExactly(Party.COORDINATOR,
                Party.SECOND_ASSESSOR);
        assertThat(ReviewRules.lineMayRead(ReviewRules.partiesOf(review, COORDINATOR, false),
                java.util.Set.of(ReviewTask.SECOND_ASSESSMENT), java.util.Set.of())).isTrue();
    }

    @Test
    void shouldGiveASubstituteTheManagersLineRelationsOnlyWhileActingForHerAndNeverInTheirOwnReview() {
        long secondAssessor = 2;
        long signer = 3;
        long substitute = 50;
        review.assign(new AssessmentLine.Line(MANAGER, secondAssessor, signer));

        // inside the period (the manager is in the set): what the manager holds, for the manager
        assertThat(ReviewRules.substituted(review, substitute, java.util.Set.of(MANAGER)))
                .isEqualTo(java.util.Map.of(Party.MANAGER, MANAGER));
        assertThat(ReviewRules.partiesOf(review, substitute, false,
                ReviewRules.substituted(review, substitute, java.util.Set.of(MANAGER)))).containsExactly(Party.MANAGER);
        // acting for the second assessor and the signer at once: both, closest first
        assertThat(ReviewRules.partiesOf(review, substitute, true,
                ReviewRules.substituted(review, substitute, java.util.Set.of(signer, secondAssessor))))
                .containsExactly(Party.SECOND_ASSESSOR, Party.SIGNER);
        // outside the period (nobody in the set): a colleague without relation, or HR
        assertThat(ReviewRules.partiesOf(review, substitute, false,
                ReviewRules.substituted(review, substitute, java.util.Set.of()))).containsExactly(Party.OTHER);
        assertThat(ReviewRules.partiesOf(review, substitute, true,
                ReviewRules.substituted(review, substitute, java.util.Set.of()))).containsExactly(Party.HR);
        // acting for someone with no line role here gives nothing
        assertThat(ReviewRules.substituted(review, substitute, java.util.Set.of(COORDINATOR))).isEmpty();
        // the coordinator who substitutes the manager keeps being the coordinator too, and reads as the manager
        assertThat(ReviewRules.partiesOf(review, COORDINATOR, false,
                ReviewRules.substituted(review, COORDINATOR, java.util.Set.of(MANAGER))))
                .containsExactly(Party.MANAGER, Party.COORDINATOR);
        // the substitute who is the reviewed employee: their own review stays theirs, nothing of the manager's
        assertThat(ReviewRules.substituted(review, EMPLOYEE, java.util.Set.of(MANAGER))).isEmpty();
        assertThat(ReviewRules.partiesOf(review, EMPLOYEE, false,
                ReviewRules.substituted(review, EMPLOYEE, java.util.Set.of(MANAGER)))).containsExactly(Party.EMPLOYEE);
    }
}
