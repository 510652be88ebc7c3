package nl.gesprekscyclus.review;

/** Where a review is in the year. CLOSED: signed off, read-only. ENDED: stopped early (the employee left). */
public enum ReviewPhase {
    PLANNING, PROGRESS, ASSESSMENT, CLOSED, ENDED;

    public boolean isFinished() {
        return this == CLOSED || this == ENDED;
    }
}
