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
 */
public record MonitoredReview(long reviewId, String processKey, String personnelNumber, String employeeName,
        String unitName, ReviewPhase phase, ReviewStatus status, ReviewTask currentTask, String assigneeName,
        Instant due, boolean overdue) {
}
