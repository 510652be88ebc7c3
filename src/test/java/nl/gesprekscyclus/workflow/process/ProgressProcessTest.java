package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Progress phase: self-reflection, coordinator input, progress conversation, deadlines. */
@Deployment(resources = "bpmn/progress.bpmn")
class ProgressProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private ProcessInstance startProgress(boolean withCoordinator) {
        moveClockTo(PROGRESS_START);
        return runtime.startProcessInstanceByKey("progress", BUSINESS_KEY, reviewVariables(withCoordinator));
    }

    private void assertOpenFor(ProcessInstance progress, String taskKey, String name, String assignee) {
        Task task = openTask(progress, taskKey);
        assertThat(task).hasName(name).isAssignedTo(assignee).hasDueDate(PROGRESS_DUE);
    }

    @Test
    void withCoordinatorSelfReflectionThenInputThenTheManagerRecordsTheConversation() {
        ProcessInstance progress = startProgress(true);

        assertOpenFor(progress, "selfReflection", "Zelfreflectie", EMPLOYEE);
        complete(progress, "selfReflection");
        assertOpenFor(progress, "progressInput", "Inbreng coördinator", COORDINATOR);
        complete(progress, "progressInput");
        assertOpenFor(progress, "progressConversation", "Voortgangsgesprek vastleggen", MANAGER);
        complete(progress, "progressConversation");

        assertThat(progress).hasPassedInOrder("progressStarted", "progressWorkStarted", "selfReflection",
                "progressHasCoordinator", "progressInput", "progressConversationMerge", "progressConversation",
                "progressWorkDone", "progressEnded").isEnded();
        assertThat(jobs(progress)).isEmpty();
        verifyNoInteractions(taskDeadlines);
    }

    @Test
    void withoutCoordinatorTheConversationFollowsTheSelfReflection() {
        ProcessInstance progress = startProgress(false);

        complete(progress, "selfReflection");
        assertOpenFor(progress, "progressConversation", "Voortgangsgesprek vastleggen", MANAGER);
        complete(progress, "progressConversation");

        assertThat(progress).hasNotPassed("progressInput").isEnded();
    }

    @Test
    void remindsThenEscalatesToTheManagerThenToHr() {
        ProcessInstance progress = startProgress(false);

        assertThat(timer(progress, "progressReminder").getDuedate()).isEqualTo(deadlines.reminder(PROGRESS_DUE));
        assertThat(timer(progress, "progressEscalationManager").getDuedate())
                .isEqualTo(deadlines.escalateToManager(PROGRESS_DUE));
        assertThat(timer(progress, "progressEscalationHr").getDuedate()).isEqualTo(deadlines.escalateToHr(PROGRESS_DUE));

        fireTimer(progress, "progressReminder");
        assertOpenFor(progress, "selfReflection", "Zelfreflectie", EMPLOYEE);
        fireTimer(progress, "progressEscalationManager");
        fireTimer(progress, "progressEscalationHr");

        assertThat(deadlineCalls).containsExactly(
                new DeadlineCall("remind", "PROGRESS", "progressRemind", progress.getId(), BUSINESS_KEY),
                new DeadlineCall("escalateToManager", "PROGRESS", "progressEscalateToManager", progress.getId(),
                        BUSINESS_KEY),
                new DeadlineCall("escalateToHr", "PROGRESS", "progressEscalateToHr", progress.getId(), BUSINESS_KEY));
        assertThat(progress).hasPassed("progressReminderSent", "progressEscalatedToManager", "progressEscalatedToHr");
        assertOpenFor(progress, "selfReflection", "Zelfreflectie", EMPLOYEE);
        assertThat(jobs(progress)).isEmpty();

        complete(progress, "selfReflection");
        complete(progress, "progressConversation");
        assertThat(progress).isEnded();
    }
}
