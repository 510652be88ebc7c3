package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assessment phase: who is consulted and signs off (from the round's policy, through {@code reviewSteps}),
 * self-assessment, informant input, the written assessment (HR advice when low, which the manager weighs), the
 * second assessor, hand-over, the response term (zienswijze) with or without a response, signing as seen,
 * sign-off, deadlines.
 */
@Deployment(resources = "bpmn/assessment.bpmn")
class AssessmentProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    /** Hand-over on 20 November; the 14-day term ends before the assessment due date (10 December). */
    static final Date HANDED_OVER = date("2027-11-20T09:00:00Z");
    static final Date TERM_END = date("2027-12-04T23:00:00Z");
    /** A late hand-over: the term ends after the assessment due date. */
    static final Date LATE_TERM_END = date("2027-12-24T23:00:00Z");

    private ProcessInstance startAssessment(boolean withInformant) {
        moveClockTo(ASSESSMENT_START);
        return runtime.startProcessInstanceByKey("assessment", BUSINESS_KEY, reviewVariables(withInformant));
    }

    /** Walks to the written assessment and hands it over; the term ends at {@code termEnd}. */
    private ProcessInstance assessedAndHandedOver(Date termEnd) {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(termEnd);
        ProcessInstance assessment = startAssessment(false);
        complete(assessment, "selfAssessment");
        moveClockTo(HANDED_OVER);
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", false));
        return assessment;
    }

    private Task assertOpenFor(ProcessInstance assessment, String taskKey, String name, String assignee, Date due) {
        Task task = openTask(assessment, taskKey);
        assertThat(task).hasName(name).isAssignedTo(assignee).hasDueDate(due);
        return task;
    }

    @Test
    void withInformantWithoutHrAdviceAndWithoutResponse() {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(TERM_END);
        ProcessInstance assessment = startAssessment(true);

        assertOpenFor(assessment, "selfAssessment", "Zelfbeoordeling", EMPLOYEE, ASSESSMENT_DUE);
        complete(assessment, "selfAssessment");
        assertOpenFor(assessment, "informantInput", "Inbreng informant", COORDINATOR, ASSESSMENT_DUE);
        complete(assessment, "informantInput");
        assertOpenFor(assessment, "writeAssessment", "Beoordeling opstellen", MANAGER, ASSESSMENT_DUE);
        moveClockTo(HANDED_OVER);
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", false));

        verify(reviewSteps).handOverAssessment(REVIEW_ID);
        assertThat(assessment).variables().containsEntry("responseTermEnd", TERM_END);
        assertOpenFor(assessment, "respond", "Beoordeling lezen en reageren", EMPLOYEE, TERM_END);
        complete(assessment, "respond", Map.of("responded", false));

        // the term ended before the assessment due date: the later of the two is the due date
        assertOpenFor(assessment, "acknowledge", "Voor gezien tekenen", EMPLOYEE, ASSESSMENT_DUE);
        complete(assessment, "acknowledge");
        assertOpenFor(assessment, "signOff", "Beoordeling ondertekenen", MANAGER, ASSESSMENT_DUE);
        complete(assessment, "signOff");

        assertThat(assessment).hasPassedInOrder("assessmentStarted", "determineAssessmentLine",
                "determineFeedbackRound", "assessmentWorkStarted", "feedbackRoundOffered", "feedbackRoundMerge",
                "selfAssessment", "assessmentHasInformant", "informantInput", "informantMerge",
                "writeAssessment", "hrAdviceNeeded", "hrAdviceJoin", "secondAssessorNeeded", "secondAssessorJoin",
                "handOverAssessment", "respond", "responseGiven", "acknowledgeMerge", "acknowledge", "signOff",
                "assessmentWorkDone", "assessmentEnded")
                .hasNotPassed("feedbackRound", "hrAdvice", "weighHrAdvice", "secondAssessment", "decideOnResponse",
                        "responseTermExpired").isEnded();
        assertThat(jobs(assessment)).isEmpty();
        verifyNoInteractions(taskDeadlines);
    }

    /** Issue 19: in a round whose shape offers it, the employee's feedback round comes before the self-assessment. */
    @Test
    void inARoundWithFeedbackRoundsTheEmployeeAsksForFeedbackBeforeTheSelfAssessment() {
        Date feedbackDue = date("2027-11-14T22:59:59Z");
        when(reviewSteps.feedbackRound(REVIEW_ID)).thenReturn(feedbackRound(feedbackDue));
        ProcessInstance assessment = startAssessment(true);

        verify(reviewSteps).feedbackRound(REVIEW_ID);
        assertOpenFor(assessment, "feedbackRound", "Feedbackronde", EMPLOYEE, feedbackDue);
        // the phase's deadlines run from its start, whichever task is open
        assertThat(timer(assessment, "assessmentReminder")).isNotNull();
        complete(assessment, "feedbackRound");

        assertOpenFor(assessment, "selfAssessment", "Zelfbeoordeling", EMPLOYEE, ASSESSMENT_DUE);
        assertThat(assessment).hasPassedInOrder("determineAssessmentLine", "determineFeedbackRound",
                "assessmentWorkStarted", "feedbackRoundOffered", "feedbackRound", "feedbackRoundMerge");
    }

    /** Today's cycle, and every round whose shape has no feedback round. */
    @Test
    void withoutAFeedbackRoundTheSelfAssessmentIsTheFirstTask() {
        when(reviewSteps.feedbackRound(REVIEW_ID)).thenReturn(feedbackRound(null));
        ProcessInstance assessment = startAssessment(false);

        assertOpenFor(assessment, "selfAssessment", "Zelfbeoordeling", EMPLOYEE, ASSESSMENT_DUE);
        assertThat(assessment).variables().containsEntry("feedbackRound", false);
        assertThat(assessment).hasNotPassed("feedbackRound");
    }

    @Test
    void withoutInformantTheManagerWritesAfterTheSelfAssessment() {
        ProcessInstance assessment = startAssessment(false);

        complete(assessment, "selfAssessment");

        assertOpenFor(assessment, "writeAssessment", "Beoordeling opstellen", MANAGER, ASSESSMENT_DUE);
        assertThat(assessment).hasNotPassed("informantInput");
    }

    @Test
    void aLowAssessmentGoesToHrForAdviceThenBackToTheManagerBeforeTheHandOver() {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(TERM_END);
        ProcessInstance assessment = startAssessment(false);
        complete(assessment, "selfAssessment");

        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", true));

        Task advice = openTask(assessment, "hrAdvice");
        assertThat(advice).hasName("Advies P&O").isNotAssigned().hasCandidateGroup("HR").hasDueDate(ASSESSMENT_DUE);
        tasks.complete(advice.getId());

        // issue 17: the advice goes to the manager, who confirms or changes the assessment; nothing is handed over yet
        assertOpenFor(assessment, "weighHrAdvice", "Advies P&O wegen", MANAGER, ASSESSMENT_DUE);
        verify(reviewSteps, org.mockito.Mockito.never()).handOverAssessment(REVIEW_ID);
        complete(assessment, "weighHrAdvice");

        verify(reviewSteps).handOverAssessment(REVIEW_ID);
        assertOpenFor(assessment, "respond", "Beoordeling lezen en reageren", EMPLOYEE, TERM_END);
        assertThat(assessment).hasPassedInOrder("writeAssessment", "hrAdviceNeeded", "hrAdvice", "weighHrAdvice",
                "hrAdviceJoin", "secondAssessorNeeded", "secondAssessorJoin", "handOverAssessment")
                .hasNotPassed("secondAssessment");
    }

    @Test
    void withHrAdviceAndASecondAssessorTheManagerWeighsTheAdviceBeforeTheSecondAssessorReadsIt() {
        when(reviewSteps.assessmentLine(REVIEW_ID)).thenReturn(line(NEXT_LEVEL, TOP));
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(TERM_END);
        ProcessInstance assessment = startAssessment(false);
        complete(assessment, "selfAssessment");
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", true));
        complete(assessment, "hrAdvice");
        complete(assessment, "weighHrAdvice");

        assertOpenFor(assessment, "secondAssessment", "Oordeel tweede beoordelaar", NEXT_LEVEL, ASSESSMENT_DUE);
        complete(assessment, "secondAssessment");
        assertThat(assessment).hasPassedInOrder("hrAdvice", "weighHrAdvice", "secondAssessment",
                "handOverAssessment");
        assertOpenFor(assessment, "respond", "Beoordeling lezen en reageren", EMPLOYEE, TERM_END);
    }

    /**
     * Every combination of {@code secondAssessor} and {@code signOff} in config/cycle.yaml, as the process gets it:
     * the policy is resolved to people by the Java side (AssessmentLineTests); the model consults the second
     * assessor when there is one and gives the sign-off to whoever was named.
     */
    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of("secondAssessor none, signOff manager (Ommen)", null, MANAGER),
                Arguments.of("secondAssessor none, signOff nextLevel", null, NEXT_LEVEL),
                Arguments.of("secondAssessor none, signOff gemeentesecretaris", null, TOP),
                Arguments.of("secondAssessor nextLevel, signOff manager", NEXT_LEVEL, MANAGER),
                Arguments.of("secondAssessor nextLevel, signOff nextLevel", NEXT_LEVEL, NEXT_LEVEL),
                Arguments.of("secondAssessor nextLevel, signOff gemeentesecretaris", NEXT_LEVEL, TOP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void consultsTheSecondAssessorBeforeTheHandOverAndLetsTheNamedPersonSignOff(String policy, String second,
            String signer) {
        when(reviewSteps.assessmentLine(REVIEW_ID)).thenReturn(line(second, signer));
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(TERM_END);
        ProcessInstance assessment = startAssessment(false);
        // determined when the assessment starts, before anyone's step
        verify(reviewSteps).assessmentLine(REVIEW_ID);
        assertThat(assessment).hasPassedInOrder("assessmentStarted", "determineAssessmentLine", "assessmentWorkStarted");
        complete(assessment, "selfAssessment");
        moveClockTo(HANDED_OVER);
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", false));

        if (second != null) {
            // the second assessor reads the draft: nothing is handed over before they agree or comment
            assertOpenFor(assessment, "secondAssessment", "Oordeel tweede beoordelaar", second, ASSESSMENT_DUE);
            verify(reviewSteps, org.mockito.Mockito.never()).handOverAssessment(REVIEW_ID);
            complete(assessment, "secondAssessment");
        }
        verify(reviewSteps).handOverAssessment(REVIEW_ID);
        complete(assessment, "respond", Map.of("responded", false));
        complete(assessment, "acknowledge");
        assertOpenFor(assessment, "signOff", "Beoordeling ondertekenen", signer, ASSESSMENT_DUE);
        complete(assessment, "signOff");

        assertThat(assessment).hasPassedInOrder("writeAssessment", "hrAdviceNeeded", "hrAdviceJoin",
                "secondAssessorNeeded", "secondAssessorJoin", "handOverAssessment", "acknowledge", "signOff")
                .isEnded();
        if (second == null) {
            assertThat(assessment).hasNotPassed("secondAssessment");
        } else {
            assertThat(assessment).hasPassedInOrder("secondAssessorNeeded", "secondAssessment", "secondAssessorJoin");
        }
    }

    @Test
    void aResponseIsDecidedOnByTheManagerBeforeTheEmployeeSignsAsSeen() {
        ProcessInstance assessment = assessedAndHandedOver(LATE_TERM_END);

        complete(assessment, "respond", Map.of("responded", true));

        // the term ends after the assessment due date: the remaining tasks are due at the end of the term
        assertOpenFor(assessment, "decideOnResponse", "Besluit op zienswijze", MANAGER, LATE_TERM_END);
        complete(assessment, "decideOnResponse");
        assertOpenFor(assessment, "acknowledge", "Voor gezien tekenen", EMPLOYEE, LATE_TERM_END);
        complete(assessment, "acknowledge");
        assertOpenFor(assessment, "signOff", "Beoordeling ondertekenen", MANAGER, LATE_TERM_END);
        complete(assessment, "signOff");

        assertThat(assessment).hasPassedInOrder("respond", "responseGiven", "decideOnResponse", "acknowledgeMerge",
                "acknowledge", "signOff").isEnded();
    }

    @Test
    void whenTheResponseTermExpiresTheEmployeeCanOnlySignAsSeen() {
        ProcessInstance assessment = assessedAndHandedOver(TERM_END);
        assertThat(timer(assessment, "responseTermExpired").getDuedate()).isEqualTo(TERM_END);

        fireTimer(assessment, "responseTermExpired");

        assertOpenFor(assessment, "acknowledge", "Voor gezien tekenen", EMPLOYEE, ASSESSMENT_DUE);
        assertThat(assessment).hasPassed("responseTermExpired", "acknowledgeMerge")
                .hasNotPassed("responseGiven", "decideOnResponse");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(assessment.getId())
                .taskDefinitionKey("respond").singleResult().getDeleteReason()).isEqualTo("deleted");

        complete(assessment, "acknowledge");
        complete(assessment, "signOff");
        assertThat(assessment).isEnded();
    }

    @Test
    void remindsThenEscalatesToTheManagerThenToHr() {
        ProcessInstance assessment = startAssessment(true);

        assertThat(timer(assessment, "assessmentReminder").getDuedate()).isEqualTo(deadlines.reminder(ASSESSMENT_DUE));
        assertThat(timer(assessment, "assessmentEscalationManager").getDuedate())
                .isEqualTo(deadlines.escalateToManager(ASSESSMENT_DUE));
        assertThat(timer(assessment, "assessmentEscalationHr").getDuedate())
                .isEqualTo(deadlines.escalateToHr(ASSESSMENT_DUE));

        fireTimer(assessment, "assessmentReminder");
        fireTimer(assessment, "assessmentEscalationManager");
        fireTimer(assessment, "assessmentEscalationHr");

        assertThat(deadlineCalls).containsExactly(
                new DeadlineCall("remind", "ASSESSMENT", "assessmentRemind", assessment.getId(), BUSINESS_KEY),
                new DeadlineCall("escalateToManager", "ASSESSMENT", "assessmentEscalateToManager", assessment.getId(),
                        BUSINESS_KEY),
                new DeadlineCall("escalateToHr", "ASSESSMENT", "assessmentEscalateToHr", assessment.getId(),
                        BUSINESS_KEY));
        assertThat(assessment).hasPassed("assessmentReminderSent", "assessmentEscalatedToManager",
                "assessmentEscalatedToHr");
        assertOpenFor(assessment, "selfAssessment", "Zelfbeoordeling", EMPLOYEE, ASSESSMENT_DUE);
        assertThat(jobs(assessment)).isEmpty();
    }
}
