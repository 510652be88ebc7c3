package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Assessment phase: self-assessment, informant input, the written assessment (HR advice when low), hand-over,
 * the response term (zienswijze) with or without a response, signing as seen, sign-off, deadlines.
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

        assertThat(assessment).hasPassedInOrder("assessmentStarted", "assessmentWorkStarted", "selfAssessment",
                "assessmentHasInformant", "informantInput", "informantMerge", "writeAssessment", "hrAdviceNeeded",
                "hrAdviceJoin", "handOverAssessment", "respond", "responseGiven", "acknowledgeMerge", "acknowledge",
                "signOff", "assessmentWorkDone", "assessmentEnded")
                .hasNotPassed("hrAdvice", "decideOnResponse", "responseTermExpired").isEnded();
        assertThat(jobs(assessment)).isEmpty();
        verifyNoInteractions(taskDeadlines);
    }

    @Test
    void withoutInformantTheManagerWritesAfterTheSelfAssessment() {
        ProcessInstance assessment = startAssessment(false);

        complete(assessment, "selfAssessment");

        assertOpenFor(assessment, "writeAssessment", "Beoordeling opstellen", MANAGER, ASSESSMENT_DUE);
        assertThat(assessment).hasNotPassed("informantInput");
    }

    @Test
    void aLowAssessmentGoesToHrForAdviceBeforeTheHandOver() {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(TERM_END);
        ProcessInstance assessment = startAssessment(false);
        complete(assessment, "selfAssessment");

        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", true));

        Task advice = openTask(assessment, "hrAdvice");
        assertThat(advice).hasName("Advies P&O").isNotAssigned().hasCandidateGroup("HR").hasDueDate(ASSESSMENT_DUE);
        verifyNoInteractions(reviewSteps);

        tasks.complete(advice.getId());

        verify(reviewSteps).handOverAssessment(REVIEW_ID);
        assertOpenFor(assessment, "respond", "Beoordeling lezen en reageren", EMPLOYEE, TERM_END);
        assertThat(assessment).hasPassedInOrder("writeAssessment", "hrAdviceNeeded", "hrAdvice", "hrAdviceJoin",
                "handOverAssessment");
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
