package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * One review through the real phase models, to show that the parent hands the right variables and business key to
 * each phase. (Every path of every model is covered by the per-model tests; no coverage threshold here.)
 */
class FullCycleTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    /** The open task of the review with this key, whichever (called) instance it belongs to: they share the business key. */
    private Task reviewTask(String taskKey, String assignee, Date due) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY).singleResult();
        assertThat(task).hasDefinitionKey(taskKey).isAssignedTo(assignee).hasDueDate(due);
        return task;
    }

    private void done(String taskKey, String assignee, Date due, Map<String, Object> variables) {
        tasks.complete(reviewTask(taskKey, assignee, due).getId(), variables);
    }

    private void done(String taskKey, String assignee, Date due) {
        done(taskKey, assignee, due, Map.of());
    }

    @Test
    @Deployment(resources = { "bpmn/review.bpmn", "bpmn/planning.bpmn", "bpmn/progress.bpmn", "bpmn/assessment.bpmn" })
    void aWholeYearForOneEmployee() {
        Date termEnd = date("2027-12-04T23:00:00Z");
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(termEnd);
        // a policy with a second assessor and the gemeentesecretaris signing off, as the Java side resolves it
        when(reviewSteps.assessmentLine(REVIEW_ID)).thenReturn(line(NEXT_LEVEL, TOP));

        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, reviewVariables(true));

        done("draftAgreements", EMPLOYEE, PLANNING_DUE);
        done("planningInput", COORDINATOR, PLANNING_DUE);
        done("planningConversation", MANAGER, PLANNING_DUE);
        done("agreeAgreements", EMPLOYEE, PLANNING_DUE, Map.of("agreed", true));
        storeDocument(calledProcessInstance("planning", review), "storeAgreementsDocument");
        assertThat(review).isWaitingAt("progressWindowOpens");

        fireTimer(review, "progressWindowOpens");
        done("selfReflection", EMPLOYEE, PROGRESS_DUE);
        done("progressInput", COORDINATOR, PROGRESS_DUE);
        done("progressConversation", MANAGER, PROGRESS_DUE);
        assertThat(review).isWaitingAt("assessmentWindowOpens");

        fireTimer(review, "assessmentWindowOpens");
        done("selfAssessment", EMPLOYEE, ASSESSMENT_DUE);
        done("informantInput", COORDINATOR, ASSESSMENT_DUE);
        done("writeAssessment", MANAGER, ASSESSMENT_DUE, Map.of("hrAdviceRequired", false));
        done("secondAssessment", NEXT_LEVEL, ASSESSMENT_DUE);
        done("respond", EMPLOYEE, termEnd, Map.of("responded", false));
        done("acknowledge", EMPLOYEE, ASSESSMENT_DUE);
        done("signOff", TOP, ASSESSMENT_DUE);
        storeDocument(review, "storeAssessmentDocument");
        verify(documents).storeAgreements(REVIEW_ID);
        verify(documents).storeAssessment(REVIEW_ID);

        InOrder order = inOrder(reviewSteps);
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PLANNING");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PROGRESS");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "ASSESSMENT");
        order.verify(reviewSteps).assessmentLine(REVIEW_ID);
        order.verify(reviewSteps).handOverAssessment(REVIEW_ID);
        order.verify(reviewSteps).close(REVIEW_ID);
        order.verifyNoMoreInteractions();
        assertThat(review).hasPassedInOrder("planningPhase", "progressPhase", "assessmentPhase", "closeReview",
                "storeAssessmentDocument", "reviewClosed").isEnded();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).list())
                .extracting(instance -> instance.getProcessDefinitionKey())
                .containsExactlyInAnyOrder("review", "planning", "progress", "assessment");
        assertThat(management.createJobQuery().count()).isZero();
    }

    /**
     * A year without a formal assessment (cycleShape never, or the off year of everyOtherYear; the Java side sets
     * formalAssessment from the review's round): the progress conversation, then the development conversation in the
     * assessment window, then the review closes. The development model gets the assessment window's due date.
     */
    @Test
    @Deployment(resources = { "bpmn/review.bpmn", "bpmn/planning.bpmn", "bpmn/progress.bpmn", "bpmn/assessment.bpmn",
            "bpmn/development.bpmn" })
    void aYearWithoutAssessmentEndsWithTheDevelopmentConversation() {
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY,
                developmentYearVariables(false));

        done("draftAgreements", EMPLOYEE, PLANNING_DUE);
        done("planningConversation", MANAGER, PLANNING_DUE);
        done("agreeAgreements", EMPLOYEE, PLANNING_DUE, Map.of("agreed", true));
        storeDocument(calledProcessInstance("planning", review), "storeAgreementsDocument");
        fireTimer(review, "progressWindowOpens");
        done("selfReflection", EMPLOYEE, PROGRESS_DUE);
        done("progressConversation", MANAGER, PROGRESS_DUE);

        fireTimer(review, "assessmentWindowOpens");
        done("developmentPreparation", EMPLOYEE, ASSESSMENT_DUE);
        done("developmentConversation", MANAGER, ASSESSMENT_DUE);
        done("acknowledgeDevelopment", EMPLOYEE, ASSESSMENT_DUE);

        InOrder order = inOrder(reviewSteps);
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PLANNING");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "PROGRESS");
        order.verify(reviewSteps).enterPhase(REVIEW_ID, "DEVELOPMENT");
        order.verify(reviewSteps).close(REVIEW_ID);
        order.verifyNoMoreInteractions();
        verify(documents).storeAgreements(REVIEW_ID);
        org.mockito.Mockito.verifyNoMoreInteractions(documents);
        assertThat(review).hasPassedInOrder("planningPhase", "progressPhase", "developmentPhase",
                "closeDevelopmentReview", "developmentReviewClosed").hasNotPassed("assessmentPhase").isEnded();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(BUSINESS_KEY).list())
                .extracting(instance -> instance.getProcessDefinitionKey())
                .containsExactlyInAnyOrder("review", "planning", "progress", "development");
        assertThat(management.createJobQuery().count()).isZero();
    }
}
