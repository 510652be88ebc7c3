package nl.gesprekscyclus.review;

import java.util.Optional;

/**
 * Who may write what in a review, and when (PRODUCT.md, "Who may see and do what"). Pure functions, so
 * every rule has a unit test: only the employee drafts, only the employee's coordinator gives input, only
 * the manager sets and assesses, HR advises, nothing changes after sign-off, and a phase's data is written
 * only while its task is open.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /** Why an action is refused. */
    public enum Refusal {
        /** the person is not the party the task belongs to: an access violation, logged */
        NOT_THEIR_TASK,
        /** the review is closed or ended */
        REVIEW_FINISHED,
        /** the task is not open now (other phase, or already done) */
        TASK_NOT_OPEN
    }

    /** How the person relates to the review; the closest relation wins (own review before any other). */
    public static Party partyOf(Review review, Long personId, boolean isHr) {
        if (personId != null) {
            if (personId.equals(review.getEmployeeId())) {
                return Party.EMPLOYEE;
            }
            if (personId.equals(review.getManagerId())) {
                return Party.MANAGER;
            }
            if (personId.equals(review.getCoordinatorId())) {
                return Party.COORDINATOR;
            }
        }
        return isHr ? Party.HR : Party.OTHER;
    }

    /** Whether the party may do the task now; empty when allowed. Access comes first, so a stranger learns nothing. */
    public static Optional<Refusal> check(ReviewPhase phase, ReviewTask task, Party party, boolean taskOpen) {
        if (task.party() != party) {
            return Optional.of(Refusal.NOT_THEIR_TASK);
        }
        if (phase.isFinished()) {
            return Optional.of(Refusal.REVIEW_FINISHED);
        }
        if (task.phase() != null && task.phase() != phase || !taskOpen) {
            return Optional.of(Refusal.TASK_NOT_OPEN);
        }
        return Optional.empty();
    }

    /** Agreements can be changed by mutual consent between the employee and the manager, once agreed and until
     *  the assessment is written. */
    public static Optional<Refusal> checkChangeProposal(ReviewPhase phase, Party party, boolean agreementsAgreed,
            boolean assessmentWritten) {
        if (party != Party.EMPLOYEE && party != Party.MANAGER) {
            return Optional.of(Refusal.NOT_THEIR_TASK);
        }
        if (phase.isFinished()) {
            return Optional.of(Refusal.REVIEW_FINISHED);
        }
        if (!agreementsAgreed || assessmentWritten) {
            return Optional.of(Refusal.TASK_NOT_OPEN);
        }
        return Optional.empty();
    }
}
