package nl.gesprekscyclus.review.ui;

import static nl.gesprekscyclus.review.ReviewTask.ACKNOWLEDGE;
import static nl.gesprekscyclus.review.ReviewTask.ACKNOWLEDGE_DEVELOPMENT;
import static nl.gesprekscyclus.review.ReviewTask.AGREE_AGREEMENTS;
import static nl.gesprekscyclus.review.ReviewTask.DECIDE_AGREEMENT_CHANGE;
import static nl.gesprekscyclus.review.ReviewTask.DECIDE_ON_RESPONSE;
import static nl.gesprekscyclus.review.ReviewTask.DEVELOPMENT_CONVERSATION;
import static nl.gesprekscyclus.review.ReviewTask.DEVELOPMENT_PREPARATION;
import static nl.gesprekscyclus.review.ReviewTask.DRAFT_AGREEMENTS;
import static nl.gesprekscyclus.review.ReviewTask.FEEDBACK_ROUND;
import static nl.gesprekscyclus.review.ReviewTask.HR_ADVICE;
import static nl.gesprekscyclus.review.ReviewTask.INFORMANT_INPUT;
import static nl.gesprekscyclus.review.ReviewTask.PLANNING_CONVERSATION;
import static nl.gesprekscyclus.review.ReviewTask.PLANNING_INPUT;
import static nl.gesprekscyclus.review.ReviewTask.PROGRESS_CONVERSATION;
import static nl.gesprekscyclus.review.ReviewTask.PROGRESS_INPUT;
import static nl.gesprekscyclus.review.ReviewTask.RESPOND;
import static nl.gesprekscyclus.review.ReviewTask.SECOND_ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewTask.SELF_ASSESSMENT;
import static nl.gesprekscyclus.review.ReviewTask.SELF_REFLECTION;
import static nl.gesprekscyclus.review.ReviewTask.SIGN_OFF;
import static nl.gesprekscyclus.review.ReviewTask.WEIGH_HR_ADVICE;
import static nl.gesprekscyclus.review.ReviewTask.WRITE_ASSESSMENT;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * Which panel an open task gets on the review screen, and which presenter its buttons call: one line per task, by
 * phase. A new task is a constant in {@link ReviewTask}, a {@link TaskPanel} and a line here; a task without a line
 * still shows, with a sentence saying it is done elsewhere.
 */
class TaskPanels {

    private final Map<ReviewTask, TaskPanel.Factory> panels = new EnumMap<>(ReviewTask.class);

    TaskPanels(PlanningSteps planning, InputSteps input, ProgressSteps progress, AssessmentSteps assessment,
            ChangeSteps changes, FeedbackRoundSteps feedbackRound, DevelopmentSteps development, CycleSettings settings,
            ZoneId zone) {
        // planning
        panels.put(DRAFT_AGREEMENTS, (d, l) -> new DraftAgreementsPanel(planning));
        panels.put(PLANNING_INPUT, (d, l) -> new CoordinatorInputPanel(PLANNING_INPUT, "review.todo.PLANNING_INPUT",
                d, input));
        panels.put(PLANNING_CONVERSATION, (d, l) -> new PlanningConversationPanel(d, zone, l, planning));
        panels.put(AGREE_AGREEMENTS, (d, l) -> new AgreeAgreementsPanel(planning));
        // progress
        panels.put(SELF_REFLECTION, (d, l) -> new SelfReflectionPanel(d, progress));
        panels.put(PROGRESS_INPUT, (d, l) -> new CoordinatorInputPanel(PROGRESS_INPUT,
                "review.progress.todo.PROGRESS_INPUT", d, input));
        panels.put(PROGRESS_CONVERSATION, (d, l) -> new ProgressConversationPanel(d, zone, l, progress));
        // assessment, opened by the feedback round when the round has one
        panels.put(FEEDBACK_ROUND, (d, l) -> new FeedbackRoundPanel(feedbackRound));
        panels.put(SELF_ASSESSMENT, (d, l) -> new SelfAssessmentPanel(d, settings, assessment));
        panels.put(INFORMANT_INPUT, (d, l) -> new InformantInputPanel(d, settings, input, assessment));
        panels.put(WRITE_ASSESSMENT, (d, l) -> new WriteAssessmentPanel(d, settings, assessment));
        panels.put(HR_ADVICE, (d, l) -> new HrAdvicePanel(d, assessment));
        panels.put(WEIGH_HR_ADVICE, (d, l) -> new WeighHrAdvicePanel(d, settings, assessment));
        panels.put(SECOND_ASSESSMENT, (d, l) -> new SecondAssessmentPanel(d, assessment));
        panels.put(RESPOND, (d, l) -> new RespondPanel(d, zone, l, assessment));
        panels.put(DECIDE_ON_RESPONSE, (d, l) -> new DecideOnResponsePanel(d, settings, assessment));
        panels.put(ACKNOWLEDGE, (d, l) -> new AcknowledgePanel(assessment));
        panels.put(SIGN_OFF, (d, l) -> new SignOffPanel(d, assessment));
        // development conversation: a year without a formal assessment (issue 19)
        panels.put(DEVELOPMENT_PREPARATION, (d, l) -> DevelopmentPanel.preparation(d, development));
        panels.put(DEVELOPMENT_CONVERSATION, (d, l) -> DevelopmentPanel.conversation(d, zone, l, development));
        panels.put(ACKNOWLEDGE_DEVELOPMENT, (d, l) -> DevelopmentPanel.acknowledgement(d, development));
        // any time after planning
        panels.put(DECIDE_AGREEMENT_CHANGE, (d, l) -> new DecideAgreementChangePanel(d, zone, l, changes));
    }

    TaskPanel panel(ReviewTask task, ReviewDossier dossier, Locale locale) {
        TaskPanel.Factory factory = panels.get(task);
        return factory == null ? new ElsewherePanel(task) : factory.create(dossier, locale);
    }
}
