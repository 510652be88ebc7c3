package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The development conversation (ontwikkelgesprek) that ends a year without a formal assessment: the employee
 * prepares, the manager records it, the employee signs it as seen; deadlines as in every phase. Nothing else: no
 * judgement, no HR advice, no zienswijze term, no sign-off by a higher level.
 */
@Deployment(resources = "bpmn/development.bpmn")
class DevelopmentProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    /** What review.bpmn hands the phase: the participants, the review and the assessment window's due date. */
    private ProcessInstance startDevelopment() {
        moveClockTo(ASSESSMENT_START);
        return runtime.startProcessInstanceByKey("development", BUSINESS_KEY, Variables.createVariables()
                .putValue("reviewId", REVIEW_ID).putValue("employee", EMPLOYEE).putValue("manager", MANAGER)
                .putValue("developmentDue", ASSESSMENT_DUE));
    }

    private void assertOpenFor(ProcessInstance development, String taskKey, String name, String assignee) {
        Task task = openTask(development, taskKey);
        assertThat(task).hasName(name).isAssignedTo(assignee).hasDueDate(ASSESSMENT_DUE);
    }

    @Test
    void theEmployeePreparesTheManagerRecordsAndTheEmployeeSignsAsSeen() {
        ProcessInstance development = startDevelopment();

        assertOpenFor(development, "developmentPreparation", "Ontwikkelgesprek voorbereiden", EMPLOYEE);
        complete(development, "developmentPreparation");
        assertOpenFor(development, "developmentConversation", "Ontwikkelgesprek vastleggen", MANAGER);
        complete(development, "developmentConversation");
        assertOpenFor(development, "acknowledgeDevelopment", "Ontwikkelgesprek voor gezien tekenen", EMPLOYEE);
        complete(development, "acknowledgeDevelopment");

        assertThat(development).hasPassedInOrder("developmentStarted", "developmentWorkStarted",
                "developmentPreparation", "developmentConversation", "acknowledgeDevelopment", "developmentWorkDone",
                "developmentEnded").isEnded();
        assertThat(jobs(development)).isEmpty();
        verifyNoInteractions(taskDeadlines, reviewSteps, documents);
    }

    @Test
    void remindsThenEscalatesToTheManagerThenToHr() {
        ProcessInstance development = startDevelopment();

        assertThat(timer(development, "developmentReminder").getDuedate())
                .isEqualTo(deadlines.reminder(ASSESSMENT_DUE));
        assertThat(timer(development, "developmentEscalationManager").getDuedate())
                .isEqualTo(deadlines.escalateToManager(ASSESSMENT_DUE));
        assertThat(timer(development, "developmentEscalationHr").getDuedate())
                .isEqualTo(deadlines.escalateToHr(ASSESSMENT_DUE));

        fireTimer(development, "developmentReminder");
        complete(development, "developmentPreparation");
        fireTimer(development, "developmentEscalationManager");
        fireTimer(development, "developmentEscalationHr");

        assertThat(deadlineCalls).containsExactly(
                new DeadlineCall("remind", "DEVELOPMENT", "developmentRemind", development.getId(), BUSINESS_KEY),
                new DeadlineCall("escalateToManager", "DEVELOPMENT", "developmentEscalateToManager",
                        development.getId(), BUSINESS_KEY),
                new DeadlineCall("escalateToHr", "DEVELOPMENT", "developmentEscalateToHr", development.getId(),
                        BUSINESS_KEY));
        assertThat(development).hasPassed("developmentReminderSent", "developmentEscalatedToManager",
                "developmentEscalatedToHr");
        // the timers leave the open task alone
        assertOpenFor(development, "developmentConversation", "Ontwikkelgesprek vastleggen", MANAGER);
        assertThat(jobs(development)).isEmpty();

        complete(development, "developmentConversation");
        complete(development, "acknowledgeDevelopment");
        assertThat(development).isEnded();
    }
}
