package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moving running instances to a new model version: a planning instance to a version with an extra task, and a review
 * waiting in a call activity (parent and called instance are migrated one after the other). And what needs no
 * migration: the assessment model of issues 16 and 17 (second assessor, signer by policy, the manager weighing HR's
 * advice) next to reviews that run on the version before it. See docs/process.md.
 */
class ProcessMigrationTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

    /** Version 2 of planning: the manager checks the agreements ("Afspraken controleren") before the employee agrees. */
    static BpmnModelInstance planningWithCheck() {
        BpmnModelInstance model = read("bpmn/planning.bpmn");
        SequenceFlow old = model.getModelElementById("Flow_planningConversation_agreeAgreements");
        BpmnEdge oldEdge = model.getModelElementById("Flow_planningConversation_agreeAgreements_di");
        oldEdge.getParentElement().removeChildElement(oldEdge);
        old.getParentElement().removeChildElement(old);
        UserTask conversation = model.getModelElementById("planningConversation");
        conversation.builder()
                .userTask("checkAgreements").name("Afspraken controleren")
                .camundaAssignee("${manager}").camundaDueDate("${planningDue}")
                .connectTo("agreeAgreements");
        Bpmn.validateModel(model);
        return model;
    }

    /** Version 2 of review: only a renamed step, enough to be a new version of the parent. */
    static BpmnModelInstance reviewRenamed() {
        BpmnModelInstance model = read("bpmn/review.bpmn");
        ServiceTask close = model.getModelElementById("closeReview");
        close.setName("Gesprekscyclus afsluiten en archiveren");
        CallActivity planning = model.getModelElementById("planningPhase");
        assertThat(planning.getCamundaCalledElementBinding()).isEqualTo("latest");
        return model;
    }

    static BpmnModelInstance read(String resource) {
        try (InputStream in = ProcessMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deploys new versions (in production: the application deploys bpmn/ at start-up, unchanged files are skipped). */
    private void deploy(String name, BpmnModelInstance... models) {
        DeploymentBuilder deployment = repository.createDeployment().name(name);
        for (BpmnModelInstance model : models) {
            String key = model.getModelElementsByType(Process.class).iterator().next().getId();
            deployment.addModelInstance(key + ".bpmn", model);
        }
        extension.manageDeployment(deployment.deploy());
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private MigrationPlan planFor(ProcessInstance instance, ProcessDefinition target) {
        return runtime.createMigrationPlan(instance.getProcessDefinitionId(), target.getId())
                .mapEqualActivities()
                .build();
    }

    @Test
    @Deployment(resources = "bpmn/planning.bpmn")
    void aPlanningWaitingForTheConversationContinuesOnVersionTwoThroughTheNewTask() {
        ProcessInstance planning = runtime.startProcessInstanceByKey("planning", BUSINESS_KEY, reviewVariables(true));
        complete(planning, "draftAgreements");
        complete(planning, "planningInput");
        Task conversation = openTask(planning, "planningConversation");
        Date reminderDue = timer(planning, "planningReminder").getDuedate();

        deploy("planning v2", planningWithCheck());
        ProcessDefinition v2 = latest("planning");
        assertThat(v2.getVersion()).isEqualTo(2);

        MigrationPlan plan = planFor(planning, v2);
        assertThat(plan.getInstructions()).extracting(MigrationInstruction::getSourceActivityId)
                .contains("planningWork", "planningConversation", "planningReminder", "planningEscalationManager",
                        "planningEscalationHr");
        runtime.newMigration(plan).processInstanceIds(planning.getId()).execute();

        // same instance, same open task (assignee, due date) and timers, now on version 2
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(planning.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());
        Task migrated = openTask(planning, "planningConversation");
        assertThat(migrated.getId()).isEqualTo(conversation.getId());
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(migrated).isAssignedTo(MANAGER).hasDueDate(PLANNING_DUE);
        assertThat(timer(planning, "planningReminder").getDuedate()).isEqualTo(reminderDue);

        tasks.complete(migrated.getId());
        Task check = openTask(planning, "checkAgreements");
        assertThat(check).hasName("Afspraken controleren").isAssignedTo(MANAGER).hasDueDate(PLANNING_DUE);
        tasks.complete(check.getId());
        complete(planning, "agreeAgreements", Map.of("agreed", true));
        storeDocument(planning, "storeAgreementsDocument");

        assertThat(planning).hasPassedInOrder("planningConversation", "checkAgreements", "agreeAgreements").isEnded();
    }

    @Test
    @Deployment(resources = { "bpmn/review.bpmn", "bpmn/planning.bpmn", "bpmn/progress.bpmn", "bpmn/assessment.bpmn" })
    void aReviewInItsPlanningPhaseIsMigratedParentFirstThenItsCalledPlanning() {
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, reviewVariables(false));
        ProcessInstance planning = calledProcessInstance("planning", review);
        assertThat(planning).isWaitingAt("draftAgreements");
        String planningV1 = planning.getProcessDefinitionId();

        deploy("review and planning v2", reviewRenamed(), planningWithCheck());
        ProcessDefinition reviewV2 = latest("review");
        ProcessDefinition planningV2 = latest("planning");
        assertThat(reviewV2.getVersion()).isEqualTo(2);
        assertThat(planningV2.getVersion()).isEqualTo(2);

        // 1. the parent: its call activity instance moves to version 2; the called instance stays where it is
        runtime.newMigration(planFor(review, reviewV2)).processInstanceIds(review.getId()).execute();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(reviewV2.getId());
        ProcessInstance stillV1 = runtime.createProcessInstanceQuery().superProcessInstanceId(review.getId()).singleResult();
        assertThat(stillV1.getId()).isEqualTo(planning.getId());
        assertThat(stillV1.getProcessDefinitionId()).isEqualTo(planningV1);

        // 2. the called instance, on its own plan; it stays linked to its parent
        runtime.newMigration(planFor(planning, planningV2)).processInstanceIds(planning.getId()).execute();
        ProcessInstance migrated = runtime.createProcessInstanceQuery().superProcessInstanceId(review.getId())
                .singleResult();
        assertThat(migrated.getId()).isEqualTo(planning.getId());
        assertThat(migrated.getProcessDefinitionId()).isEqualTo(planningV2.getId());

        complete(planning, "draftAgreements");
        complete(planning, "planningConversation");
        complete(planning, "checkAgreements");
        complete(planning, "agreeAgreements", Map.of("agreed", true));
        storeDocument(planning, "storeAgreementsDocument");

        // the parent goes on, on version 2
        assertThat(review).isWaitingAt("progressWindowOpens");
        assertThat(planning).hasPassed("checkAgreements").isEnded();

        // a phase that starts later needs no migration at all: binding "latest" picks the newest phase model
        BpmnModelInstance progressV2 = read("bpmn/progress.bpmn");
        progressV2.<UserTask>getModelElementById("selfReflection").setName("Zelfreflectie per afspraak");
        deploy("progress v2", progressV2);
        fireTimer(review, "progressWindowOpens");
        ProcessInstance progress = calledProcessInstance("progress", review);
        assertThat(progress.getProcessDefinitionId()).isEqualTo(latest("progress").getId());
        assertThat(latest("progress").getVersion()).isEqualTo(2);
        assertThat(openTask(progress, "selfReflection")).hasName("Zelfreflectie per afspraak");
    }

    /** The assessment model as deployed before issues 16 and 17 (a copy of bpmn/assessment.bpmn of that release). */
    static final String ASSESSMENT_BEFORE_POLICY = "process-versions/assessment-before-policy.bpmn";

    @Test
    @Deployment(resources = ASSESSMENT_BEFORE_POLICY)
    void anAssessmentRunningWhenThePolicyIsDeployedFinishesOnItsOwnVersionAsBefore() {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(date("2027-12-04T23:00:00Z"));
        moveClockTo(ASSESSMENT_START);
        // started with the variables of that release: no second assessor, no signOffBy
        ProcessInstance running = runtime.startProcessInstanceByKey("assessment", BUSINESS_KEY, reviewVariables(false));
        complete(running, "selfAssessment");
        String before = running.getProcessDefinitionId();

        deploy("assessment with the assessment policy", read("bpmn/assessment.bpmn"));
        ProcessDefinition withPolicy = latest("assessment");
        assertThat(withPolicy.getVersion()).isEqualTo(2);

        // the running instance stays on its version and keeps its steps: HR's advice goes straight to the hand-over,
        // and the manager (${manager}) signs off; nothing asks for the variables of the new version
        complete(running, "writeAssessment", Map.of("hrAdviceRequired", true));
        complete(running, "hrAdvice");
        complete(running, "respond", Map.of("responded", false));
        complete(running, "acknowledge");
        Task signOff = openTask(running, "signOff");
        assertThat(signOff).isAssignedTo(MANAGER);
        assertThat(signOff.getProcessDefinitionId()).isEqualTo(before);
        tasks.complete(signOff.getId());
        assertThat(running).hasPassedInOrder("writeAssessment", "hrAdvice", "hrAdviceJoin", "handOverAssessment",
                "respond", "acknowledge", "signOff").isEnded();
        verify(reviewSteps, never()).assessmentLine(any());

        // an assessment that starts now runs the new version: the line is determined, the manager weighs the advice
        when(reviewSteps.assessmentLine(REVIEW_ID)).thenReturn(line(NEXT_LEVEL, TOP));
        ProcessInstance next = runtime.startProcessInstanceByKey("assessment", "2027/100032", reviewVariables(false));
        assertThat(next.getProcessDefinitionId()).isEqualTo(withPolicy.getId());
        complete(next, "selfAssessment");
        complete(next, "writeAssessment", Map.of("hrAdviceRequired", true));
        complete(next, "hrAdvice");
        assertThat(openTask(next, "weighHrAdvice")).isAssignedTo(MANAGER);
    }

    @Test
    @Deployment(resources = { "bpmn/review.bpmn", "bpmn/planning.bpmn", "bpmn/progress.bpmn", ASSESSMENT_BEFORE_POLICY })
    void aReviewStartedBeforeThePolicyGetsTheNewAssessmentAtItsWindowWithoutAMigration() {
        // started with the variables of that release (no line variables), and its parent maps none of them
        ProcessInstance review = throughProgress();

        deploy("assessment with the assessment policy", read("bpmn/assessment.bpmn"));
        // the Java side resolves the line of a review of a round from before the policy as that round ran:
        // nobody consulted, the manager signs off (V17 gives those rounds that policy)
        when(reviewSteps.assessmentLine(REVIEW_ID)).thenReturn(line(null, MANAGER));
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(date("2027-12-04T23:00:00Z"));
        fireTimer(review, "assessmentWindowOpens");

        ProcessInstance assessment = calledProcessInstance("assessment", review);
        assertThat(assessment.getProcessDefinitionId()).isEqualTo(latest("assessment").getId());
        assertThat(latest("assessment").getVersion()).isEqualTo(2);
        verify(reviewSteps).assessmentLine(REVIEW_ID);
        complete(assessment, "selfAssessment");
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", false));
        complete(assessment, "respond", Map.of("responded", false));
        complete(assessment, "acknowledge");
        assertThat(openTask(assessment, "signOff")).isAssignedTo(MANAGER);
        complete(assessment, "signOff");
        storeDocument(review, "storeAssessmentDocument");
        assertThat(review).isEnded();
    }

    /** The review model as deployed before issue 19 (one progress conversation, always an assessment). */
    static final String REVIEW_ONE_PROGRESS_CONVERSATION = "process-versions/review-one-progress-conversation.bpmn";

    @Test
    @Deployment(resources = { REVIEW_ONE_PROGRESS_CONVERSATION, "bpmn/planning.bpmn", "bpmn/progress.bpmn",
            "bpmn/assessment.bpmn" })
    void aReviewRunningOnTheModelBeforeTheCyclesShapeCompletesUnchangedOnItsOwnVersion() {
        // started with the variables of that release: no progressNumber, no progressCount
        VariableMap before = reviewVariables(false);
        before.remove("progressNumber");
        before.remove("progressCount");
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, before);
        String oldVersion = review.getProcessDefinitionId();
        agreeWithoutCoordinator(review);
        assertThat(review).isWaitingAt("progressWindowOpens");

        // the application starts with the new models: review gets version 2, the running review stays on 1
        deploy("review with the cycle's shape", read("bpmn/review.bpmn"));
        ProcessDefinition withShape = latest("review");
        assertThat(withShape.getVersion()).isEqualTo(2);
        assertThat(withShape.getId()).isNotEqualTo(oldVersion);

        fireTimer(review, "progressWindowOpens");
        holdProgressConversation(review);
        // straight on to the assessment, as before: no loop, nothing asks for the new variables
        assertThat(review).isWaitingAt("assessmentWindowOpens");
        assessWithoutAdviceAndSignOff(review);

        assertThat(review).hasPassedInOrder("planningPhase", "progressWindowOpens", "progressPhase",
                "assessmentWindowOpens", "assessmentPhase", "closeReview", "storeAssessmentDocument", "reviewClosed")
                .isEnded();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(oldVersion);
        assertThat(timesPassed(review, "progressPhase")).isEqualTo(1);
        verify(reviewSteps, never()).nextProgressConversation(any(), any());

        // a review that starts now runs the new version, with its own number of conversations
        when(reviewSteps.nextProgressConversation(REVIEW_ID, 1)).thenReturn(Map.of("progressNumber", 2,
                "progressStart", date("2027-09-01T06:00:00Z"), "progressDue", date("2027-09-30T16:00:00Z")));
        moveClockTo(NOW);
        ProcessInstance next = runtime.startProcessInstanceByKey("review", "2027/100032", reviewVariables(false, 2));
        assertThat(next.getProcessDefinitionId()).isEqualTo(withShape.getId());
        agreeWithoutCoordinator(next);
        fireTimer(next, "progressWindowOpens");
        holdProgressConversation(next);
        assertThat(next).isWaitingAt("progressWindowOpens");
        assertThat(timer(next, "progressWindowOpens").getDuedate()).isEqualTo(date("2027-09-01T06:00:00Z"));
    }

    /** The assessment model as deployed before the feedback round (issue 19; a copy of bpmn/assessment.bpmn then). */
    static final String ASSESSMENT_BEFORE_FEEDBACK_ROUND = "process-versions/assessment-before-feedback-round.bpmn";

    @Test
    @Deployment(resources = { "bpmn/review.bpmn", "bpmn/planning.bpmn", "bpmn/progress.bpmn",
            ASSESSMENT_BEFORE_FEEDBACK_ROUND })
    void anAssessmentRunningOnTodaysModelCompletesUnchangedOnItsOwnVersionWhenTheFeedbackRoundIsDeployed() {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(date("2027-12-04T23:00:00Z"));
        ProcessInstance review = throughProgress();
        fireTimer(review, "assessmentWindowOpens");
        ProcessInstance running = calledProcessInstance("assessment", review);
        String before = running.getProcessDefinitionId();

        deploy("assessment with the feedback round", read("bpmn/assessment.bpmn"));
        ProcessDefinition withFeedbackRound = latest("assessment");
        assertThat(withFeedbackRound.getVersion()).isEqualTo(2);
        // even a round that offers feedback rounds does not reach an assessment that is already running
        when(reviewSteps.feedbackRound(any())).thenReturn(feedbackRound(date("2027-11-14T22:59:59Z")));

        complete(running, "selfAssessment");
        complete(running, "writeAssessment", Map.of("hrAdviceRequired", false));
        complete(running, "respond", Map.of("responded", false));
        complete(running, "acknowledge");
        Task signOff = openTask(running, "signOff");
        assertThat(signOff.getProcessDefinitionId()).isEqualTo(before);
        tasks.complete(signOff.getId());
        storeDocument(review, "storeAssessmentDocument");
        assertThat(running).hasPassedInOrder("determineAssessmentLine", "assessmentWorkStarted", "selfAssessment",
                "writeAssessment", "handOverAssessment", "respond", "acknowledge", "signOff").isEnded();
        assertThat(review).isEnded();
        verify(reviewSteps, never()).feedbackRound(any());

        // the next assessment that starts runs the new version, and its round's shape decides
        moveClockTo(ASSESSMENT_START);
        ProcessInstance next = runtime.startProcessInstanceByKey("assessment", "2027/100032", reviewVariables(false));
        assertThat(next.getProcessDefinitionId()).isEqualTo(withFeedbackRound.getId());
        assertThat(openTask(next, "feedbackRound")).isAssignedTo(EMPLOYEE);
    }

    /** A review without a coordinator started on the deployed models, through planning and progress. */
    private ProcessInstance throughProgress() {
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, reviewVariables(false));
        agreeWithoutCoordinator(review);
        fireTimer(review, "progressWindowOpens");
        ProcessInstance progress = calledProcessInstance("progress", review);
        complete(progress, "selfReflection");
        complete(progress, "progressConversation");
        return review;
    }

    /** The review model as deployed before the development conversation (issue 19: every year an assessment). */
    static final String REVIEW_BEFORE_DEVELOPMENT = "process-versions/review-before-development.bpmn";

    @Test
    @Deployment(resources = { REVIEW_BEFORE_DEVELOPMENT, "bpmn/planning.bpmn", "bpmn/progress.bpmn",
            "bpmn/assessment.bpmn" })
    void aReviewRunningOnTheModelBeforeTheDevelopmentConversationCompletesUnchangedOnItsOwnVersion() {
        // started with the variables of that release: no formalAssessment
        VariableMap before = reviewVariables(false);
        before.remove("formalAssessment");
        ProcessInstance review = runtime.startProcessInstanceByKey("review", BUSINESS_KEY, before);
        String oldVersion = review.getProcessDefinitionId();
        agreeWithoutCoordinator(review);
        fireTimer(review, "progressWindowOpens");
        holdProgressConversation(review);
        assertThat(review).isWaitingAt("assessmentWindowOpens");

        // the application starts with the new models while the review waits for its assessment window
        deploy("review with the development conversation", read("bpmn/review.bpmn"), read("bpmn/development.bpmn"));
        ProcessDefinition withDevelopment = latest("review");
        assertThat(withDevelopment.getId()).isNotEqualTo(oldVersion);

        // straight into the assessment, as before: no gateway asks for formalAssessment
        assessWithoutAdviceAndSignOff(review);

        assertThat(review).hasPassedInOrder("planningPhase", "progressWindowOpens", "progressPhase",
                "moreProgressConversations", "assessmentWindowOpens", "assessmentPhase", "closeReview",
                "storeAssessmentDocument", "reviewClosed").isEnded();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(oldVersion);
        verify(reviewSteps, never()).enterPhase(REVIEW_ID, "DEVELOPMENT");

        // a review of a year without assessment that starts now runs the new version to the development conversation
        moveClockTo(NOW);
        ProcessInstance next = runtime.startProcessInstanceByKey("review", "2027/100032",
                developmentYearVariables(false));
        assertThat(next.getProcessDefinitionId()).isEqualTo(withDevelopment.getId());
        agreeWithoutCoordinator(next);
        fireTimer(next, "progressWindowOpens");
        holdProgressConversation(next);
        fireTimer(next, "assessmentWindowOpens");
        assertThat(next).isWaitingAt("developmentPhase");
    }

    /** The review's (current) progress conversation on the real model, without a coordinator. */
    private void holdProgressConversation(ProcessInstance review) {
        ProcessInstance progress = calledProcessInstance("progress", review);
        complete(progress, "selfReflection");
        complete(progress, "progressConversation");
    }

    /** The review's assessment on the real model: no HR advice, no zienswijze, signed off; then its document. */
    private void assessWithoutAdviceAndSignOff(ProcessInstance review) {
        when(reviewSteps.handOverAssessment(REVIEW_ID)).thenReturn(date("2027-12-04T23:00:00Z"));
        fireTimer(review, "assessmentWindowOpens");
        ProcessInstance assessment = calledProcessInstance("assessment", review);
        complete(assessment, "selfAssessment");
        complete(assessment, "writeAssessment", Map.of("hrAdviceRequired", false));
        complete(assessment, "respond", Map.of("responded", false));
        complete(assessment, "acknowledge");
        complete(assessment, "signOff");
        storeDocument(review, "storeAssessmentDocument");
    }

    /** The review's planning, on the real model, for a review without a coordinator: drafted, discussed, agreed. */
    private void agreeWithoutCoordinator(ProcessInstance review) {
        ProcessInstance planning = calledProcessInstance("planning", review);
        complete(planning, "draftAgreements");
        complete(planning, "planningConversation");
        complete(planning, "agreeAgreements", Map.of("agreed", true));
        storeDocument(planning, "storeAgreementsDocument");
    }
}
