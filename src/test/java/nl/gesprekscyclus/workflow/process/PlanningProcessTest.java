package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Planning phase: drafting, coordinator input, planning conversation, agreement (or back to the manager), deadlines. */
@Deployment(resources = "bpmn/planning.bpmn")
class PlanningProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private ProcessInstance startPlanning(boolean withCoordinator) {
        // as the review's call activity does: all review variables, the review's business key
        return runtime.startProcessInstanceByKey("planning", BUSINESS_KEY, reviewVariables(withCoordinator));
    }

    private void assertOpenFor(ProcessInstance planning, String taskKey, String name, String assignee) {
        Task task = openTask(planning, taskKey);
        assertThat(task).hasName(name).isAssignedTo(assignee).hasDueDate(PLANNING_DUE);
    }

    @Test
    void withCoordinatorTheEmployeeDraftsTheCoordinatorGivesInputTheManagerHoldsTheConversationTheEmployeeAgrees() {
        ProcessInstance planning = startPlanning(true);

        assertThat(planning).hasBusinessKey(BUSINESS_KEY).isWaitingAt("draftAgreements");
        assertOpenFor(planning, "draftAgreements", "Afspraken opstellen", EMPLOYEE);
        complete(planning, "draftAgreements");

        assertOpenFor(planning, "planningInput", "Inbreng coördinator", COORDINATOR);
        complete(planning, "planningInput");

        assertOpenFor(planning, "planningConversation", "Planningsgesprek voeren", MANAGER);
        complete(planning, "planningConversation");

        assertOpenFor(planning, "agreeAgreements", "Afspraken akkoord geven", EMPLOYEE);
        complete(planning, "agreeAgreements", Map.of("agreed", true));

        // the agreement is committed first; the PDF is made in a job of its own (the deadline timers are gone)
        assertThat(planning).isWaitingAt("storeAgreementsDocument");
        assertThat(jobActivities(planning)).containsExactly("storeAgreementsDocument");
        verifyNoInteractions(documents);
        storeDocument(planning, "storeAgreementsDocument");

        verify(documents).storeAgreements(REVIEW_ID);
        assertThat(planning).hasPassedInOrder("planningStarted", "planningWorkStarted", "draftAgreements",
                "planningHasCoordinator", "planningInput", "planningConversationMerge", "planningConversation",
                "agreeAgreements", "agreementsAgreed", "planningWorkDone", "storeAgreementsDocument", "planningEnded")
                .isEnded();
        assertThat(jobs(planning)).isEmpty();
        verifyNoInteractions(taskDeadlines);
    }

    @Test
    void withoutCoordinatorTheConversationFollowsTheDraft() {
        ProcessInstance planning = startPlanning(false);

        complete(planning, "draftAgreements");

        assertOpenFor(planning, "planningConversation", "Planningsgesprek voeren", MANAGER);
        complete(planning, "planningConversation");
        complete(planning, "agreeAgreements", Map.of("agreed", true));
        storeDocument(planning, "storeAgreementsDocument");

        assertThat(planning).hasNotPassed("planningInput").isEnded();
    }

    @Test
    void whenTheEmployeeDoesNotAgreeItGoesBackToTheManager() {
        ProcessInstance planning = startPlanning(false);
        complete(planning, "draftAgreements");
        complete(planning, "planningConversation");

        complete(planning, "agreeAgreements", Map.of("agreed", false));

        assertOpenFor(planning, "planningConversation", "Planningsgesprek voeren", MANAGER);
        complete(planning, "planningConversation");
        assertOpenFor(planning, "agreeAgreements", "Afspraken akkoord geven", EMPLOYEE);
        complete(planning, "agreeAgreements", Map.of("agreed", true));

        assertThat(timesPassed(planning, "planningConversation")).isEqualTo(2);
        assertThat(timesPassed(planning, "agreeAgreements")).isEqualTo(2);
        storeDocument(planning, "storeAgreementsDocument");
        verify(documents, times(1)).storeAgreements(REVIEW_ID);
        assertThat(planning).isEnded();
    }

    @Test
    void remindsBeforeTheDueDateThenEscalatesToTheManagerThenToHrWhileTheTasksStayOpen() {
        ProcessInstance planning = startPlanning(true);
        complete(planning, "draftAgreements");

        // the three timers are set when the work starts, from the planning due date
        Job reminder = timer(planning, "planningReminder");
        assertThat(reminder.getDuedate()).isEqualTo(deadlines.reminder(PLANNING_DUE));
        assertThat(timer(planning, "planningEscalationManager").getDuedate())
                .isEqualTo(deadlines.escalateToManager(PLANNING_DUE));
        assertThat(timer(planning, "planningEscalationHr").getDuedate())
                .isEqualTo(deadlines.escalateToHr(PLANNING_DUE));

        fireTimer(planning, "planningReminder");
        assertThat(deadlineCalls).containsExactly(
                new DeadlineCall("remind", "PLANNING", "planningRemind", planning.getId(), BUSINESS_KEY));
        assertOpenFor(planning, "planningInput", "Inbreng coördinator", COORDINATOR);

        fireTimer(planning, "planningEscalationManager");
        fireTimer(planning, "planningEscalationHr");

        assertThat(deadlineCalls).containsExactly(
                new DeadlineCall("remind", "PLANNING", "planningRemind", planning.getId(), BUSINESS_KEY),
                new DeadlineCall("escalateToManager", "PLANNING", "planningEscalateToManager", planning.getId(),
                        BUSINESS_KEY),
                new DeadlineCall("escalateToHr", "PLANNING", "planningEscalateToHr", planning.getId(), BUSINESS_KEY));
        assertThat(planning).hasPassed("planningReminderSent", "planningEscalatedToManager", "planningEscalatedToHr");
        // each timer fires once; the work goes on where it was
        assertThat(jobs(planning)).isEmpty();
        assertOpenFor(planning, "planningInput", "Inbreng coördinator", COORDINATOR);

        complete(planning, "planningInput");
        complete(planning, "planningConversation");
        complete(planning, "agreeAgreements", Map.of("agreed", true));
        storeDocument(planning, "storeAgreementsDocument");
        assertThat(planning).isEnded();
    }

    @Test
    void aDocumentThatCannotBeMadeIsRetriedLaterAndThePlanningWaitsForIt() {
        ProcessInstance planning = startPlanning(false);
        complete(planning, "draftAgreements");
        complete(planning, "planningConversation");
        doThrow(new IllegalStateException("PDF failed")).doNothing().when(documents).storeAgreements(REVIEW_ID);

        complete(planning, "agreeAgreements", Map.of("agreed", true));
        Job job = jobs(planning).get(0);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("PDF failed");

        // the agreement stands; the step waits for its next try (R5/PT10M: 4 more, 10 minutes apart)
        Job retry = jobs(planning).get(0);
        assertThat(retry.getRetries()).isEqualTo(4);
        assertThat(retry.getDuedate()).isEqualTo(plus(NOW, java.time.Duration.ofMinutes(10)));
        assertThat(retry.getExceptionMessage()).contains("PDF failed");
        assertThat(planning).isWaitingAt("storeAgreementsDocument");

        moveClockTo(retry.getDuedate());
        management.executeJob(retry.getId());
        verify(documents, times(2)).storeAgreements(REVIEW_ID);
        assertThat(planning).hasPassed("storeAgreementsDocument").isEnded();
    }
}
