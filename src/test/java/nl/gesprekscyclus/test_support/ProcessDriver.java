package nl.gesprekscyclus.test_support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;

/**
 * Drives the engine in Spring tests, where the job executor is off: runs due jobs (async steps, timers) the
 * way the job executor would, and moves the engine's clock. Reset the clock after each test.
 */
@TestComponent
public class ProcessDriver {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;

    public ProcessDriver(ManagementService management, RuntimeService runtime, TaskService tasks) {
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Runs every due job (and the jobs those create) until none is left; returns how many ran. */
    public int runDueJobs() {
        int ran = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 500);
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Runs the due jobs of the processes with these business keys only (other reviews' timers stay put). */
    public int runDueJobsOf(String... businessKeys) {
        int ran = 0;
        for (int round = 0; round < 1000; round++) {
            Set<String> instances = runtime.createProcessInstanceQuery().list().stream()
                    .filter(pi -> Set.of(businessKeys).contains(pi.getBusinessKey()))
                    .map(pi -> pi.getId()).collect(Collectors.toSet());
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    public void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** Moves the engine's clock to this day unless it is there or later already. */
    public void moveClockForwardTo(LocalDate day) {
        Date at = Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
        if (ClockUtil.getCurrentTime().before(at)) {
            ClockUtil.setCurrentTime(at);
        }
    }

    public void resetClock() {
        ClockUtil.reset();
    }

    /** Task keys open for a review (its business key), sorted. */
    public List<String> openTasks(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public Task openTask(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    }

    /** The review id a review's process carries. */
    public long reviewId(String businessKey) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("review").singleResult().getId();
        return ((Number) runtime.getVariable(instance, "reviewId")).longValue();
    }

    public long runningInstances(String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
    }
}
