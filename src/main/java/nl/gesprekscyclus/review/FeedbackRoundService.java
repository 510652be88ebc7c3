package nl.gesprekscyclus.review;

import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback round that opens the assessment in a round whose shape offers it (issue 19, task "Feedbackronde",
 * {@link ReviewTask#FEEDBACK_ROUND}): the employee asks colleagues for feedback before the self-assessment, or says
 * there is none. The first request the employee sends while the task is open completes it (the feedback package
 * tells {@link #asked}); saying "geen feedbackronde" completes it without one ({@link #skip}). Either way the
 * employee, and the manager, can still ask for feedback at any time while the review runs.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class FeedbackRoundService {

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final AuditTrail audit;

    FeedbackRoundService(ReviewAccess access, ReviewProcess process, AuditTrail audit) {
        this.access = access;
        this.process = process;
        this.audit = audit;
    }

    /**
     * The employee goes on to the self-assessment without asking colleagues for feedback (after a confirmation on
     * the screen). Only the employee, only while the feedback round is open; anyone else is refused and audited.
     */
    public void skip(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.FEEDBACK_ROUND);
        process.complete(acting.review(), ReviewTask.FEEDBACK_ROUND, Map.of());
        audit.record("review.feedback-round.skip", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /**
     * A feedback request about the review was just sent by the logged-in person (who passed the feedback gate):
     * when that is the employee and the feedback round is open, the round is done. A request of the manager, or one
     * sent outside the round, changes nothing here.
     *
     * @return whether the feedback round was completed by it
     */
    public boolean asked(long reviewId) {
        Acting acting = access.acting(reviewId, "write " + ReviewTask.FEEDBACK_ROUND.key());
        Review review = acting.review();
        if (!acting.parties().contains(Party.EMPLOYEE) || review.getPhase().isFinished()
                || !process.isOpen(review, ReviewTask.FEEDBACK_ROUND)) {
            return false;
        }
        process.complete(review, ReviewTask.FEEDBACK_ROUND, Map.of());
        audit.record("review.feedback-round.asked", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                null);
        return true;
    }
}
