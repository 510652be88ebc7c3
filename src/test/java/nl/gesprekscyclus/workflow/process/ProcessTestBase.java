package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.stubbing.Answer;

import nl.gesprekscyclus.workflow.process.ProcessBeans.Deadlines;
import nl.gesprekscyclus.workflow.process.ProcessBeans.Documents;
import nl.gesprekscyclus.workflow.process.ProcessBeans.ReviewSteps;
import nl.gesprekscyclus.workflow.process.ProcessBeans.RoundSteps;
import nl.gesprekscyclus.workflow.process.ProcessBeans.TaskDeadlines;

/**
 * Shared set-up of the process tests: services of the engine of {@code camunda.cfg.xml} (each test class registers
 * its own coverage extension), the beans of the expressions (Mockito mocks plus the {@link Deadlines} double), the
 * engine clock and the calendar of one review (year 2027, employee 100031).
 */
abstract class ProcessTestBase {

    static final Long ROUND_ID = 7L;
    static final Long REVIEW_ID = 11L;
    static final String BUSINESS_KEY = "2027/100031";
    static final String EMPLOYEE = "100031";
    static final String MANAGER = "200001";
    static final String COORDINATOR = "300001";
    /** The manager's manager (next level) and the top of the line (the gemeentesecretaris), as a policy names them. */
    static final String NEXT_LEVEL = "200002";
    static final String TOP = "200003";

    static final Date NOW = date("2027-01-04T08:00:00Z");
    static final Date PLANNING_DUE = date("2027-03-31T16:00:00Z");
    static final Date PROGRESS_START = date("2027-06-01T06:00:00Z");
    static final Date PROGRESS_DUE = date("2027-09-30T16:00:00Z");
    static final Date ASSESSMENT_START = date("2027-11-01T07:00:00Z");
    static final Date ASSESSMENT_DUE = date("2027-12-10T16:00:00Z");

    protected ProcessEngine engine;
    protected RuntimeService runtime;
    protected TaskService tasks;
    protected ManagementService management;
    protected HistoryService history;
    protected RepositoryService repository;

    protected final RoundSteps roundSteps = mock(RoundSteps.class);
    protected final ReviewSteps reviewSteps = mock(ReviewSteps.class);
    protected final TaskDeadlines taskDeadlines = mock(TaskDeadlines.class);
    protected final Documents documents = mock(Documents.class);
    protected final Deadlines deadlines = new Deadlines();

    /** What {@code taskDeadlines} was called with, read while the call runs (the execution is live only then). */
    record DeadlineCall(String method, String phase, String activityId, String processInstanceId, String businessKey) {
    }

    protected final List<DeadlineCall> deadlineCalls = new ArrayList<>();

    @BeforeEach
    void setUpEngine(ProcessEngine processEngine) {
        engine = processEngine;
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        management = processEngine.getManagementService();
        history = processEngine.getHistoryService();
        repository = processEngine.getRepositoryService();
        // several engines can live in this JVM (Spring test contexts): tell camunda-bpm-assert which one
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(NOW);

        Mocks.register("roundSteps", roundSteps);
        Mocks.register("reviewSteps", reviewSteps);
        Mocks.register("taskDeadlines", taskDeadlines);
        Mocks.register("documents", documents);
        Mocks.register("deadlines", deadlines);
        // Ommen's policy unless a test says otherwise: nobody consulted, the manager signs off
        org.mockito.Mockito.when(reviewSteps.assessmentLine(any())).thenReturn(line(null, MANAGER));
        // today's cycle unless a test says otherwise: no feedback round
        org.mockito.Mockito.when(reviewSteps.feedbackRound(any())).thenReturn(feedbackRound(null));
        doAnswer(record("remind")).when(taskDeadlines).remind(any(), anyString());
        doAnswer(record("escalateToManager")).when(taskDeadlines).escalateToManager(any(), anyString());
        doAnswer(record("escalateToHr")).when(taskDeadlines).escalateToHr(any(), anyString());
    }

    @AfterEach
    void tearDownEngine() {
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    private Answer<Void> record(String method) {
        return invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            deadlineCalls.add(new DeadlineCall(method, invocation.getArgument(1), execution.getCurrentActivityId(),
                    execution.getProcessInstanceId(), execution.getProcessBusinessKey()));
            return null;
        };
    }

    // ------------------------------------------------------------------ calendar and clock

    static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    static Date plus(Date date, Duration duration) {
        return Date.from(date.toInstant().plus(duration));
    }

    static void moveClockTo(Date date) {
        ClockUtil.setCurrentTime(date);
    }

    /** The variables the round's Java glue passes when it starts a review ({@code hasCoordinator} follows {@code coordinator}). */
    static VariableMap reviewVariables(boolean withCoordinator) {
        return reviewVariables(withCoordinator, 1);
    }

    /** The same for a review with {@code progressCount} progress conversations (the first one's dates as above). */
    static VariableMap reviewVariables(boolean withCoordinator, int progressCount) {
        return Variables.createVariables()
                .putValue("progressNumber", 1)
                .putValue("progressCount", progressCount)
                .putValue("formalAssessment", true)
                .putValue("reviewId", REVIEW_ID)
                .putValue("employee", EMPLOYEE)
                .putValue("manager", MANAGER)
                .putValueTyped("coordinator", Variables.stringValue(withCoordinator ? COORDINATOR : null))
                .putValue("hasCoordinator", withCoordinator)
                .putValue("planningDue", PLANNING_DUE)
                .putValue("progressStart", PROGRESS_START)
                .putValue("progressDue", PROGRESS_DUE)
                .putValue("assessmentStart", ASSESSMENT_START)
                .putValue("assessmentDue", ASSESSMENT_DUE);
    }

    /** The same for a review of a year without a formal assessment: it ends with a development conversation. */
    static VariableMap developmentYearVariables(boolean withCoordinator) {
        return reviewVariables(withCoordinator).putValue("formalAssessment", false);
    }

    /** What {@code reviewSteps.assessmentLine} answers: the second assessor (null: nobody) and who signs off. */
    static Map<String, Object> line(String secondAssessor, String signOffBy) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("secondAssessor", secondAssessor);
        variables.put("hasSecondAssessor", secondAssessor != null);
        variables.put("signOffBy", signOffBy);
        return variables;
    }

    /** What {@code reviewSteps.feedbackRound} answers: the feedback round's due date, or null for none. */
    static Map<String, Object> feedbackRound(Date due) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("feedbackRound", due != null);
        variables.put("feedbackRoundDue", due);
        return variables;
    }

    // ------------------------------------------------------------------ tasks and jobs

    /** The single open task of the instance, checked for its activity. */
    protected Task openTask(ProcessInstance instance, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly(taskKey);
        return open.get(0);
    }

    protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        tasks.complete(openTask(instance, taskKey).getId(), variables);
    }

    protected void complete(ProcessInstance instance, String taskKey) {
        complete(instance, taskKey, Map.of());
    }

    protected List<Job> jobs(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).orderByJobDuedate().asc().list();
    }

    /** The activity each open job of the instance belongs to ({@code <id>#multiInstanceBody} for a multi-instance body). */
    protected List<String> jobActivities(ProcessInstance instance) {
        return jobs(instance).stream().map(job -> management.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()).toList();
    }

    /**
     * Runs an asynchronous document step as the job executor would: the instance waits there in a job of its own
     * (so the signature before it is committed whatever happens to the PDF).
     */
    protected void storeDocument(ProcessInstance instance, String activityId) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertThat(job).as("document job %s", activityId).isNotNull();
        management.executeJob(job.getId());
    }

    protected void executeJobs(ProcessInstance instance) {
        jobs(instance).forEach(job -> management.executeJob(job.getId()));
    }

    protected Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).singleResult();
    }

    /** Moves the clock to the timer's due date and fires it, as the job executor would. */
    protected void fireTimer(ProcessInstance instance, String activityId) {
        Job timer = timer(instance, activityId);
        assertThat(timer).as("timer %s", activityId).isNotNull();
        moveClockTo(timer.getDuedate());
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());
    }

    protected long timesPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
                .finished().count();
    }
}
