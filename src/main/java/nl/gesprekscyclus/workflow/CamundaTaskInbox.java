package nl.gesprekscyclus.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.TaskInbox;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Open tasks from the engine for the review screens: one task query, and one query for the
 * business keys (year/personnel number) of the process instances they belong to.
 */
@Component
class CamundaTaskInbox implements TaskInbox {

    /** One person's reviews and input work list need a handful; "Mijn taken" pages in SQL (CamundaMyTaskList). */
    private static final int MAX = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;

    CamundaTaskInbox(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    public List<OpenTask> openTasks(String personnelNumber) {
        if (personnelNumber == null) {
            return List.of();
        }
        return toOpenTasks(tasks.createTaskQuery().taskAssignee(personnelNumber).active().orderByDueDate().asc()
                .listPage(0, MAX));
    }

    @Override
    public List<OpenTask> openTasksOfReview(String processKey) {
        return toOpenTasks(tasks.createTaskQuery().processInstanceBusinessKey(processKey).active().list());
    }

    private List<OpenTask> toOpenTasks(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().filter(pi -> pi.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return found.stream().map(task -> toOpenTask(task, businessKeys.get(task.getProcessInstanceId())))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<OpenTask> toOpenTask(Task task, String businessKey) {
        return ReviewTask.byKey(task.getTaskDefinitionKey()).filter(kind -> businessKey != null)
                .map(kind -> new OpenTask(task.getId(), kind, businessKey, task.getAssignee(),
                        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
}
