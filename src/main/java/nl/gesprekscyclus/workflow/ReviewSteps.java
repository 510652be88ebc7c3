package nl.gesprekscyclus.workflow;

import java.util.Date;
import java.util.Map;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.review.AssessmentLineRefresh;
import nl.gesprekscyclus.review.ReviewLifecycle;
import nl.gesprekscyclus.review.ReviewPhase;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The review models' service tasks and listeners ({@code ${reviewSteps.…}}). Moments come from the engine's
 * clock, so recorded times and the process's timers agree (also when a test moves that clock).
 */
@Component("reviewSteps")
public class ReviewSteps {

    private final ReviewLifecycle lifecycle;
    private final AssessmentLineRefresh lines;

    ReviewSteps(ReviewLifecycle lifecycle, AssessmentLineRefresh lines) {
        this.lifecycle = lifecycle;
        this.lines = lines;
    }

    /**
     * The second assessor and the signer for the assessment that starts now, as the variables its model reads
     * ({@code secondAssessor}, {@code hasSecondAssessor}, {@code signOffBy}); the model sets them on the instance.
     */
    public Map<String, Object> assessmentLine(Long reviewId) {
        AssessmentLineRefresh.Numbers numbers = lines.refresh(reviewId);
        return CamundaReviewProcess.assessmentLineVariables(numbers.secondAssessor(), numbers.signOffBy());
    }

    /**
     * The next progress conversation: the variables {@code progressNumber}, {@code progressStart} and
     * {@code progressDue} that its window's timer and the progress phase read, from the review's own plan (made from
     * its round at the start, so a changed cycle.yaml does not reach a running review).
     */
    public Map<String, Object> nextProgressConversation(Long reviewId, Integer progressNumber) {
        int next = progressNumber + 1;
        RoundCalendar.Phase conversation = lifecycle.nextProgressConversation(reviewId, next);
        return Map.of("progressNumber", next, "progressStart", CamundaReviewProcess.startOf(conversation.start()),
                "progressDue", CamundaReviewProcess.endOf(conversation.end()));
    }

    /**
     * Whether the assessment that starts now opens with a feedback round (the round's shape): the variables
     * {@code feedbackRound} and {@code feedbackRoundDue} (null without one) that the model's gateway and task read.
     */
    public Map<String, Object> feedbackRound(Long reviewId) {
        java.util.Optional<java.time.LocalDate> due = lifecycle.feedbackRound(reviewId,
                ClockUtil.getCurrentTime().toInstant());
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("feedbackRound", due.isPresent());
        variables.put("feedbackRoundDue", due.map(CamundaReviewProcess::endOf).orElse(null));
        return variables;
    }

    public void enterPhase(Long reviewId, String phase) {
        lifecycle.enterPhase(reviewId, ReviewPhase.valueOf(phase), ClockUtil.getCurrentTime().toInstant());
    }

    /** @return the end of the zienswijze term, for the model's timer */
    public Date handOverAssessment(Long reviewId) {
        return Date.from(lifecycle.handOver(reviewId, ClockUtil.getCurrentTime().toInstant()));
    }

    public void close(Long reviewId) {
        lifecycle.close(reviewId, ClockUtil.getCurrentTime().toInstant());
    }

    public void endBecauseLeft(Long reviewId, String leavingReason) {
        lifecycle.endBecauseLeft(reviewId, leavingReason, ClockUtil.getCurrentTime().toInstant());
    }
}
