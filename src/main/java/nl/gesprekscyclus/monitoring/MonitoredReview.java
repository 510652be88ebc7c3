package nl.gesprekscyclus.monitoring;

import java.time.Instant;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewTask;

/**
 * A line of the drill-down: whose review, where it is and what waits for whom until when. Status only: no
 * agreements, input, scores or assessment (HR reads content only through a dossier opening).
 *
 * @param currentTask the open task due soonest, or null
 * @param assigneeName who has that task; null for a task of the HR group or when there is none
 * @param position where the line stands in the drill-down's order, to read the page after it
 */
public record MonitoredReview(long reviewId, String processKey, String personnelNumber, String employeeName,
        String unitName, ReviewPhase phase, ReviewStatus status, ReviewTask currentTask, String assigneeName,
        Instant due, boolean overdue, Position position) {

    /**
     * The line's values of the drill-down's sort keys: the employee's last name and first name as stored (the
     * database compares them), then the review, unique, so equal names neither repeat nor drop between pages.
     */
    public record Position(String lastName, String firstName, long reviewId) {
    }
}
