package nl.gesprekscyclus.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewDates;
import nl.gesprekscyclus.review.ReviewProcess;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.review.TaskNotOpenException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The review's process on Camunda 7. Tasks are found by the review's business key (year/personnel number),
 * which the parent passes to each phase's sub-process, so one query finds a task wherever it lives.
 */
@Component
class CamundaReviewProcess implements ReviewProcess {

    /** The review instances (not their phase sub-processes, which share the business key) of some reviews. */
    private static final String REVIEW_INSTANCES = "select e.id_ from act_ru_execution e join act_re_procdef d"
            + " on d.id_ = e.proc_def_id_ where e.id_ = e.proc_inst_id_ and d.key_ = '" + ProcessModels.REVIEW
            + "' and e.business_key_ in (:keys)";
    private static final int IN_LIST = 1000;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final NamedParameterJdbcTemplate jdbc;

    CamundaReviewProcess(RuntimeService runtime, TaskService tasks, NamedParameterJdbcTemplate jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public void start(Review review, ReviewStartParticipants participants) {
        // the second assessor and the signer are set when the assessment starts (determineAssessmentLine), from
        // the review as it is then: not written into every review's variables at the round start
        Map<String, Object> variables = new HashMap<>(participantVariables(participants));
        variables.put("reviewId", review.getId());
        ReviewDates dates = review.dates();
        variables.put("planningDue", endOf(dates.planningDue()));
        // the first of the review's progress conversations; the model loops to the next ones (reviewSteps)
        List<RoundCalendar.Phase> conversations = review.progressConversations();
        variables.put("progressNumber", 1);
        variables.put("progressCount", conversations.size());
        variables.put("progressStart", startOf(conversations.get(0).start()));
        variables.put("progressDue", endOf(conversations.get(0).end()));
        variables.put("assessmentStart", startOf(dates.assessmentStart()));
        variables.put("assessmentDue", endOf(dates.assessmentDue()));
        // the gateway formalAssessmentThisYear: the assessment, or the development conversation in its window
        variables.put("formalAssessment", review.hasFormalAssessment());
        // runs to the first task (planning's draftAgreements) in the caller's transaction: a round's batch starts its
        // reviews in one transaction, and falls back to one per review when that fails (RoundMembership)
        runtime.createProcessInstanceByKey(ProcessModels.REVIEW).businessKey(review.getProcessKey())
                .setVariables(variables).execute();
    }

    @Override
    public boolean isOpen(Review review, ReviewTask task) {
        return tasks.createTaskQuery().processInstanceBusinessKey(review.getProcessKey())
                .taskDefinitionKey(task.key()).count() > 0;
    }

    @Override
    public void complete(Review review, ReviewTask task, Map<String, Object> variables) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(review.getProcessKey())
                .taskDefinitionKey(task.key()).list();
        if (open.isEmpty()) {
            throw new TaskNotOpenException(task, review.getProcessKey());
        }
        completeOrExplain(open.get(0).getId(), task, review, variables);
    }

    @Override
    public void proposeAgreementChange(Review review, long changeId, String deciderPersonnelNumber) {
        runtime.createMessageCorrelation(ProcessModels.AGREEMENT_CHANGE_PROPOSED)
                .processInstanceBusinessKey(review.getProcessKey())
                .setVariablesToTriggeredScope(Map.of("changeId", changeId, "changeDecider", deciderPersonnelNumber))
                .correlateWithResult();
    }

    @Override
    public void completeAgreementChange(Review review, long changeId) {
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(review.getProcessKey())
                .taskDefinitionKey(ReviewTask.DECIDE_AGREEMENT_CHANGE.key()).list()) {
            Object id = tasks.getVariable(task.getId(), "changeId");
            if (id instanceof Number n && n.longValue() == changeId) {
                completeOrExplain(task.getId(), ReviewTask.DECIDE_AGREEMENT_CHANGE, review, Map.of());
                return;
            }
        }
        throw new TaskNotOpenException(ReviewTask.DECIDE_AGREEMENT_CHANGE, review.getProcessKey());
    }

    @Override
    public void employeeLeft(Review review, String reason) {
        runtime.createMessageCorrelation(ProcessModels.EMPLOYEE_LEFT)
                .processInstanceBusinessKey(review.getProcessKey())
                .setVariable("leavingReason", reason)
                .correlateAll();
    }

    @Override
    public void employeesLeft(Collection<Review> reviews, String reason) {
        // the instance ids in plain SQL: one engine query per review would keep each query's state until commit
        List<String> keys = reviews.stream().map(Review::getProcessKey).toList();
        List<String> instances = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IN_LIST) {
            instances.addAll(jdbc.queryForList(REVIEW_INSTANCES,
                    Map.of("keys", keys.subList(from, Math.min(keys.size(), from + IN_LIST))), String.class));
        }
        if (!instances.isEmpty()) {
            // one engine batch: its seed job makes a job per instance, each correlates as employeeLeft does
            runtime.createMessageCorrelationAsync(ProcessModels.EMPLOYEE_LEFT).processInstanceIds(instances)
                    .setVariable("leavingReason", reason).correlateAllAsync();
        }
    }

    @Override
    public void participantsChanged(Review review, ReviewStartParticipants participants) {
        Map<String, Object> variables = participantVariables(participants);
        variables.putAll(assessmentLineVariables(participants.secondAssessor(), participants.signOffBy()));
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(review.getProcessKey()).active().list()) {
            runtime.setVariables(instance.getId(), variables);
        }
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(review.getProcessKey()).list()) {
            ReviewTask.byKey(task.getTaskDefinitionKey()).map(ReviewTask::party).ifPresent(party -> {
                String assignee = switch (party) {
                    case MANAGER -> participants.manager();
                    case COORDINATOR -> participants.coordinator();
                    case SECOND_ASSESSOR -> participants.secondAssessor();
                    case SIGNER -> participants.signOffBy();
                    default -> task.getAssignee();
                };
                // nobody new (e.g. no second assessor any more): the open step stays with whoever has it
                if (assignee != null && !assignee.equals(task.getAssignee())) {
                    tasks.setAssignee(task.getId(), assignee);
                }
            });
        }
    }

    /**
     * The variables of the assessment's second-assessor gateway and of its tasks' assignees: {@code secondAssessor},
     * {@code hasSecondAssessor}, {@code signOffBy} (personnel numbers).
     */
    static Map<String, Object> assessmentLineVariables(String secondAssessor, String signOffBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("secondAssessor", secondAssessor);
        variables.put("hasSecondAssessor", secondAssessor != null);
        variables.put("signOffBy", signOffBy);
        return variables;
    }

    private void completeOrExplain(String taskId, ReviewTask task, Review review, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            // someone completed the same task a moment earlier: exactly one wins, the other is told
            throw new TaskNotOpenException(task, review.getProcessKey());
        } catch (ProcessEngineException e) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new TaskNotOpenException(task, review.getProcessKey());
            }
            throw e;
        }
    }

    private static Map<String, Object> participantVariables(ReviewStartParticipants participants) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("employee", participants.employee());
        variables.put("manager", participants.manager());
        variables.put("coordinator", participants.coordinator());
        variables.put("hasCoordinator", participants.coordinator() != null);
        return variables;
    }

    /** A due date means "by the end of that day". */
    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant());
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
