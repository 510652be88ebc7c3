package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * The review of one employee: the phases as call activities (here against one-task stand-ins for the phase models,
 * which have their own tests), the timers between the phases, an employee leaving, agreement changes.
 */
@Deployment(resources = "bpmn/review.bpmn")
class ReviewProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .excludeProcessDefinitionKeys("planning", "progress", "assessment", "development")
            .assertClassCoverageAtLeast(1.0).build();

    /** Stand-in for a phase model: one task for the employee. */
    static BpmnModelInstance phaseStandIn(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1826)
                .startEvent().userTask(key + "Work").camundaAssignee("${employee}").endEvent().done();
    }

    @BeforeEach
    void deployPhaseStandIns() {
        extension.manageDeployment(repository.createDeployment().name("phase stand-ins")
                .addModelInstance("planning.bpmn", phaseStandIn("planning"))
                .addModelInstance("progress.bpmn", phaseStandIn("progress"))
                .addModelInstance("assessment.bpmn", phaseStandIn("assessment"))
                .addModelInstance("development.bpmn", phaseStandIn("development"))
                .deploy());
    }

    private ProcessInstance startReview() {
        return runtime.startProcessInstanceByKey("review", BUSINESS_KEY, reviewVariables(true));
    }

    /** Starts the review: it runs to the planning phase in the starting transaction. */
    private ProcessInstance startedReviewInPlanning() {
        ProcessInstance review = startReview();
        assertThat(review).isWaitingAt("planningPhase");
        return review;
    }

    private void completePhase(ProcessInstance review, String phase) {
        ProcessInstance child = calledProcessInstance(phase, review);
        complete(child, phase + "Work");
    }

    @Test
    void walksThePhasesWithTheTimersBetweenThemAndClosesTheReview() {
        ProcessInstance review = startReview();

        // the start runs to the planning phase's first task in the starting transaction (a round's batch: one commit
        // for the batch), with no job in between: a job per review was a job, a commit and an acquisition per review
        assertThat(jobActivities(review)).isEmpty();
        verify(reviewSteps).enterPhase(REVIEW_ID, "PLANNING");
        assertThat(review).isWaitingAt("planningPhase");
        ProcessInstance planning = calledProcessInstance("planning", review);
        // only what the phase model reads: the other phases' dates would be 4 more rows per review in a round start
        assertThat(planning).hasBusinessKey(BUSINESS_KEY).variables().containsOnly(
                entry("reviewId", REVIEW_ID), entry("employee", EMPLOYEE), entry("manager", MANAGER),
                entry("coordinator", COORDINATOR), entry("hasCoordinator", true), entry("planningDue", PLANNING_DUE));
        completePhase(review, "planning");

        // idle until the progress window opens
        assertThat(review).isWaitingAt("progressWindowOpens");
        assertThat(timer(review, "progressWindowOpens").getDuedate()).isEqualTo(PROGRESS_START);
        verify(reviewSteps, never()).enterPhase(REVIEW_ID, "PROGRESS");
        fireTimer(review, "progressWindowOpens");

        verify(reviewSteps).enterPhase(REVIEW_ID, "PROGRESS");
        assertThat(review).isWaitingAt("progressPhase");
        assertThat(calledProcessInstance("progress", review)).hasBusinessKey(BUSINESS_KEY).variables()
                .containsEntry("progressDue", PROGRESS_DUE).containsEntry("employee", EMPLOYEE)
                .doesNotContainKeys("planningDue", "assessmentDue");
        completePhase(review, "progress");

        assertThat(review).isWaitingAt("assessmentWindowOpens");
        assertThat(timer(review, "assessmentWindowOpens").getDuedate()).isEqualTo(ASSESSMENT_START);
        fireTimer(review, "assessmentWindowOpens");

        verify(reviewSteps).enterPhase(REVIEW_ID, "ASSESSMENT");
        assertThat(review).isWaitingAt("assessmentPhase");
        assertThat(calledProcessInstance("assessment", review)).variables()
                .containsEntry("assessmentDue", ASSESSMENT_DUE).containsEntry("manager", MANAGER)
                .doesNotContainKeys("planningDue", "progressDue");
        completePhase(review, "assessment");

        InOrder order = inOrder(reviewSteps);
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PLANNING");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PROGRESS");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "ASSESSMENT");
        order.verify(reviewSteps).close(REVIEW_ID);
        // the sign-off closes the review at once; the PDF of the assessment is made in a job of its own
        assertThat(review).isWaitingAt("storeAssessmentDocument");
        verifyNoInteractions(documents);
        storeDocument(review, "storeAssessmentDocument");
        verify(documents).storeAssessment(REVIEW_ID);
        assertThat(review).hasPassedInOrder("reviewStarted", "planningPhase", "progressWindowOpens", "progressPhase",
                "moreProgressConversations", "assessmentWindowOpens", "assessmentPhase", "closeReview",
                "storeAssessmentDocument", "reviewClosed").isEnded();
        // one progress conversation (today's cycle): the loop is not taken
        assertThat(review).hasNotPassed("nextProgressConversation", "developmentPhase");
        verify(reviewSteps, never()).nextProgressConversation(anyLong(), anyInt());
        verify(reviewSteps, never()).enterPhase(REVIEW_ID, "DEVELOPMENT");
    }

    @Test
    void aYearWithoutAssessmentEndsWithTheDevelopmentConversationInTheAssessmentWindowAndCloses() {
        // formalAssessment false: cycleShape never, or everyOtherYear in a year without (set from the review's round)
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY,
                developmentYearVariables(true));
        completePhase(review, "planning");
        fireTimer(review, "progressWindowOpens");
        completePhase(review, "progress");

        // the same window as the assessment would have had
        assertThat(review).isWaitingAt("assessmentWindowOpens");
        assertThat(timer(review, "assessmentWindowOpens").getDuedate()).isEqualTo(ASSESSMENT_START);
        fireTimer(review, "assessmentWindowOpens");

        verify(reviewSteps).enterPhase(REVIEW_ID, "DEVELOPMENT");
        verify(reviewSteps, never()).enterPhase(REVIEW_ID, "ASSESSMENT");
        assertThat(review).isWaitingAt("developmentPhase");
        // only what the development model reads, its due date being the assessment window's
        assertThat(calledProcessInstance("development", review)).hasBusinessKey(BUSINESS_KEY).variables()
                .containsOnly(entry("reviewId", REVIEW_ID), entry("employee", EMPLOYEE), entry("manager", MANAGER),
                        entry("developmentDue", ASSESSMENT_DUE));
        completePhase(review, "development");

        // closed at once: no assessment, no assessment document
        verify(reviewSteps).close(REVIEW_ID);
        verifyNoInteractions(documents);
        assertThat(review).hasPassedInOrder("reviewStarted", "planningPhase", "progressWindowOpens", "progressPhase",
                "moreProgressConversations", "assessmentWindowOpens", "formalAssessmentThisYear", "developmentPhase",
                "closeDevelopmentReview", "developmentReviewClosed").hasNotPassed("assessmentPhase", "closeReview",
                "storeAssessmentDocument", "reviewClosed").isEnded();
        assertThat(management.createJobQuery().count()).isZero();
    }

    /** What the Java side answers for conversation {@code number}: its number and window (year 2070). */
    private static Map<String, Object> conversation(int number, String start, String due) {
        return Map.of("progressNumber", number, "progressStart", date(start), "progressDue", date(due));
    }

    @Test
    void fourProgressConversationsEachWaitForTheirWindowAndHaveTheirOwnDueDateBeforeTheAssessment() {
        when(reviewSteps.nextProgressConversation(REVIEW_ID, 1))
                .thenReturn(conversation(2, "2027-07-01T06:00:00Z", "2027-07-31T16:00:00Z"));
        when(reviewSteps.nextProgressConversation(REVIEW_ID, 2))
                .thenReturn(conversation(3, "2027-08-15T06:00:00Z", "2027-08-31T16:00:00Z"));
        when(reviewSteps.nextProgressConversation(REVIEW_ID, 3))
                .thenReturn(conversation(4, "2027-09-01T06:00:00Z", "2027-09-30T16:00:00Z"));
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, reviewVariables(true, 4));
        completePhase(review, "planning");

        List<String> starts = List.of("2027-06-01T06:00:00Z", "2027-07-01T06:00:00Z", "2027-08-15T06:00:00Z",
                "2027-09-01T06:00:00Z");
        List<Object> dues = List.of(PROGRESS_DUE, date("2027-07-31T16:00:00Z"), date("2027-08-31T16:00:00Z"),
                date("2027-09-30T16:00:00Z"));
        for (int number = 1; number <= 4; number++) {
            // each conversation waits for its own window, and the phase gets that conversation's due date
            assertThat(review).isWaitingAt("progressWindowOpens");
            assertThat(timer(review, "progressWindowOpens").getDuedate()).isEqualTo(date(starts.get(number - 1)));
            assertThat(runtime.getVariable(review.getId(), "progressNumber")).isEqualTo(number);
            fireTimer(review, "progressWindowOpens");
            assertThat(review).isWaitingAt("progressPhase");
            assertThat(calledProcessInstance("progress", review)).variables()
                    .containsEntry("progressDue", dues.get(number - 1));
            verify(reviewSteps, org.mockito.Mockito.times(number)).enterPhase(REVIEW_ID, "PROGRESS");
            completePhase(review, "progress");
        }

        // after the fourth the assessment's window; no fifth conversation is asked for
        assertThat(review).isWaitingAt("assessmentWindowOpens");
        assertThat(timesPassed(review, "progressPhase")).isEqualTo(4);
        assertThat(timesPassed(review, "nextProgressConversation")).isEqualTo(3);
        verify(reviewSteps, never()).nextProgressConversation(REVIEW_ID, 4);
        fireTimer(review, "assessmentWindowOpens");
        completePhase(review, "assessment");
        storeDocument(review, "storeAssessmentDocument");
        assertThat(review).isEnded();
    }

    @Test
    void anEmployeeWhoLeavesEndsTheReviewAndTheRunningPhaseWithIt() {
        ProcessInstance review = startedReviewInPlanning();
        ProcessInstance planning = calledProcessInstance("planning", review);
        proposeChange(501L, MANAGER);

        runtime.createMessageCorrelation("EmployeeLeft").processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable("leavingReason", "Uit dienst per 1 mei 2027").correlate();

        verify(reviewSteps).endBecauseLeft(REVIEW_ID, "Uit dienst per 1 mei 2027");
        verify(reviewSteps, never()).close(anyLong());
        assertThat(review).hasPassedInOrder("employeeLeftReceived", "endReview", "reviewEnded")
                .hasNotPassed("reviewClosed").isEnded();
        // the called planning instance and the open change decision are cancelled too
        assertThat(planning).isEnded();
        HistoricProcessInstance cancelled = history.createHistoricProcessInstanceQuery()
                .processInstanceId(planning.getId()).singleResult();
        assertThat(cancelled.getState()).isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY).count()).isZero();
        assertThat(management.createJobQuery().count()).isZero();
    }

    @Test
    void anEmployeeWhoLeavesBetweenPhasesEndsTheWaitForTheNextPhase() {
        ProcessInstance review = startedReviewInPlanning();
        completePhase(review, "planning");
        assertThat(review).isWaitingAt("progressWindowOpens");

        runtime.createMessageCorrelation("EmployeeLeft").processInstanceBusinessKey(BUSINESS_KEY)
                .setVariable("leavingReason", "Einde contract").correlate();

        verify(reviewSteps).endBecauseLeft(REVIEW_ID, "Einde contract");
        verify(reviewSteps, never()).enterPhase(REVIEW_ID, "PROGRESS");
        assertThat(review).isEnded();
        assertThat(jobs(review)).isEmpty();
    }

    @Test
    void concurrentAgreementChangesEachGoToTheirOwnDeciderWithTheirOwnChangeId() {
        ProcessInstance review = startedReviewInPlanning();

        proposeChange(501L, MANAGER);
        proposeChange(502L, "200002");

        List<Task> decisions = tasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey("decideAgreementChange").list();
        decisions.sort(Comparator.comparing(task -> (Long) tasks.getVariable(task.getId(), "changeId")));
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0)).hasName("Wijziging afspraken beoordelen").isAssignedTo(MANAGER)
                .hasDueDate(deadlines.changeDecisionDue());
        assertThat(decisions.get(1)).isAssignedTo("200002");
        // the payload lives in each event sub-process instance, not on the review
        assertThat(runtime.getVariablesLocal(decisions.get(0).getExecutionId()))
                .containsEntry("changeId", 501L).containsEntry("changeDecider", MANAGER);
        assertThat(runtime.getVariablesLocal(decisions.get(1).getExecutionId()))
                .containsEntry("changeId", 502L).containsEntry("changeDecider", "200002");
        assertThat(runtime.getVariablesLocal(review.getId())).doesNotContainKeys("changeId", "changeDecider");

        // the phase goes on meanwhile
        assertThat(review).isWaitingAt("planningPhase", "decideAgreementChange");
        tasks.complete(decisions.get(0).getId());

        assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId())
                .isEqualTo(decisions.get(1).getId());
        assertThat(tasks.getVariable(decisions.get(1).getId(), "changeId")).isEqualTo(502L);
        tasks.complete(decisions.get(1).getId());

        assertThat(review).hasPassed("agreementChangeReceived", "agreementChangeDecided").isWaitingAt("planningPhase");
        verify(reviewSteps, never()).endBecauseLeft(anyLong(), anyString());
        completePhase(review, "planning");
        assertThat(review).isWaitingAt("progressWindowOpens");
    }

    /**
     * Documents the correlation API for the Java glue: with {@code setVariablesLocal} the payload lands on the review
     * process instance (the execution that holds the event sub-process's subscription), so a second proposal
     * overwrites the first one's {@code changeId}. Use {@code setVariablesToTriggeredScope}.
     */
    @Test
    void setVariablesLocalWouldLetTheSecondProposalOverwriteTheFirst() {
        ProcessInstance review = startedReviewInPlanning();
        for (long changeId : new long[] {501L, 502L}) {
            runtime.createMessageCorrelation("AgreementChangeProposed").processInstanceBusinessKey(BUSINESS_KEY)
                    .setVariablesLocal(Map.of("changeId", changeId, "changeDecider", MANAGER)).correlate();
        }

        assertThat(runtime.getVariablesLocal(review.getId())).containsEntry("changeId", 502L);
        assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("decideAgreementChange")
                .list()).extracting(task -> tasks.getVariable(task.getId(), "changeId")).containsExactly(502L, 502L);
    }

    private void proposeChange(Long changeId, String decider) {
        runtime.createMessageCorrelation("AgreementChangeProposed").processInstanceBusinessKey(BUSINESS_KEY)
                .setVariablesToTriggeredScope(Map.of("changeId", changeId, "changeDecider", decider)).correlate();
    }
}
