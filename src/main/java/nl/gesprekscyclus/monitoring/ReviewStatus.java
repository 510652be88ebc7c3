package nl.gesprekscyclus.monitoring;

import nl.gesprekscyclus.review.ReviewPhase;

/**
 * Where a review stands with respect to one phase. The four partition the reviews of a round (ended reviews
 * are left out): not started = the review has not reached the phase yet; in progress = in the phase, no task
 * past its due date; overdue = in the phase with an open task past its due date; done = past the phase, or
 * finished with it and waiting for the next phase's window to open (no open task left).
 */
public enum ReviewStatus {
    NOT_STARTED, IN_PROGRESS, OVERDUE, DONE;

    /**
     * The status of a review that is now in {@code current}, seen from {@code phase}.
     *
     * @param overdue an open task of the review is past its due date
     * @param waiting the review has no open task in its current phase: it waits for the next window
     */
    public static ReviewStatus of(ReviewPhase phase, ReviewPhase current, boolean overdue, boolean waiting) {
        if (current == ReviewPhase.ENDED) {
            throw new IllegalArgumentException("ended reviews have no status");
        }
        if (current == phase) {
            return overdue ? OVERDUE : waiting ? DONE : IN_PROGRESS;
        }
        return current.ordinal() < phase.ordinal() ? NOT_STARTED : DONE;
    }
}
