package nl.gesprekscyclus.workflow;

import java.util.Date;
import java.util.List;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a phase's timers do ({@code ${taskDeadlines.…}}): remind the people behind the open tasks of the phase,
 * or escalate the overdue ones to the manager and then to HR. Each task is judged by its own due date, so a
 * task that is not late (e.g. a zienswijze term running past the phase's deadline) is not escalated.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private final TaskService tasks;
    private final Notifications notifications;

    TaskDeadlines(TaskService tasks, Notifications notifications) {
        this.tasks = tasks;
        this.notifications = notifications;
    }

    public int remind(DelegateExecution execution, String phase) {
        int sent = 0;
        for (Task task : openTasks(execution)) {
            if (isOverdue(task)) {
                continue;
            }
            sent += notifyAssignee(execution, task, NotificationKind.REMINDER) ? 1 : 0;
        }
        return sent;
    }

    public int escalateToManager(DelegateExecution execution, String phase) {
        String manager = (String) execution.getVariable("manager");
        int sent = 0;
        for (Task task : openTasks(execution)) {
            if (isOverdue(task) && manager != null) {
                sent += notifications.notifyPerson(manager, reviewId(execution), NotificationKind.ESCALATION_MANAGER,
                        task.getTaskDefinitionKey(), task.getId(), task.getAssignee(), due(task)) ? 1 : 0;
            }
        }
        return sent;
    }

    public int escalateToHr(DelegateExecution execution, String phase) {
        int sent = 0;
        for (Task task : openTasks(execution)) {
            if (isOverdue(task)) {
                sent += notifications.notifyRole(Roles.HR, reviewId(execution), NotificationKind.ESCALATION_HR,
                        task.getTaskDefinitionKey(), task.getId(), task.getAssignee(), due(task)) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean notifyAssignee(DelegateExecution execution, Task task, NotificationKind kind) {
        if (task.getAssignee() == null) {
            // a group task (HR advice): everyone with the role
            return notifications.notifyRole(Roles.HR, reviewId(execution), kind, task.getTaskDefinitionKey(),
                    task.getId(), null, due(task));
        }
        return notifications.notifyPerson(task.getAssignee(), reviewId(execution), kind, task.getTaskDefinitionKey(),
                task.getId(), task.getAssignee(), due(task));
    }

    private List<Task> openTasks(DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
    }

    private static boolean isOverdue(Task task) {
        return task.getDueDate() != null && task.getDueDate().before(ClockUtil.getCurrentTime());
    }

    private static java.time.Instant due(Task task) {
        Date due = task.getDueDate();
        return due == null ? null : due.toInstant();
    }

    private static long reviewId(DelegateExecution execution) {
        return ((Number) execution.getVariable("reviewId")).longValue();
    }
}
