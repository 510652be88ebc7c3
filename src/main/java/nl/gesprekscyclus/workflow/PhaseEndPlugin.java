package nl.gesprekscyclus.workflow;

import java.util.Map;
import nl.gesprekscyclus.review.ReviewLifecycle;
import nl.gesprekscyclus.review.ReviewPhase;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the domain when a review's phase process ends normally (the call activities of bpmn/review.bpmn), so
 * monitoring knows the moment a phase was finished, also when the next window opens weeks later. Added when
 * the model is parsed rather than written into the BPMN: it is bookkeeping, not part of the process, and the
 * process tests need no extra bean for it. A phase cancelled because the employee left does not count.
 *
 * <p>The feedback round (the user task {@code feedbackRound} of bpmn/assessment.bpmn, issue 19) is a phase of its
 * own inside the assessment: the review is in {@link ReviewPhase#FEEDBACK} while the task is open, and back in the
 * assessment once it is completed.
 */
@Component
class PhaseEndPlugin extends AbstractProcessEnginePlugin {

    /** The user task of bpmn/assessment.bpmn that is the feedback round. */
    static final String FEEDBACK_ROUND_TASK = "feedbackRound";

    /** The call activities of bpmn/review.bpmn and the phase each runs. */
    static final Map<String, ReviewPhase> PHASE_ACTIVITIES = Map.of("planningPhase", ReviewPhase.PLANNING,
            "progressPhase", ReviewPhase.PROGRESS, "assessmentPhase", ReviewPhase.ASSESSMENT, "developmentPhase",
            ReviewPhase.DEVELOPMENT);

    private final ObjectProvider<ReviewLifecycle> lifecycle;

    PhaseEndPlugin(ObjectProvider<ReviewLifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                ReviewPhase phase = PHASE_ACTIVITIES.get(activity.getId());
                if (phase != null) { // these activity ids exist only in bpmn/review.bpmn
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                        Object reviewId = execution.getVariable("reviewId");
                        if (!execution.isCanceled() && reviewId instanceof Number id) {
                            lifecycle.getObject().finishPhase(id.longValue(), phase,
                                    ClockUtil.getCurrentTime().toInstant());
                        }
                    });
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (!FEEDBACK_ROUND_TASK.equals(activity.getId())) {
                    return;
                }
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    if (execution.getVariable("reviewId") instanceof Number id) {
                        lifecycle.getObject().enterPhase(id.longValue(), ReviewPhase.FEEDBACK,
                                ClockUtil.getCurrentTime().toInstant());
                    }
                });
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                    if (!execution.isCanceled() && execution.getVariable("reviewId") instanceof Number id) {
                        java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
                        lifecycle.getObject().finishPhase(id.longValue(), ReviewPhase.FEEDBACK, now);
                        lifecycle.getObject().enterPhase(id.longValue(), ReviewPhase.ASSESSMENT, now);
                    }
                });
            }
        });
    }
}
