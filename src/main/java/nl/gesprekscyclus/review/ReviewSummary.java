package nl.gesprekscyclus.review;

import java.time.Instant;

/** One line of "my reviews" or "my tasks": whose review, which year, which phase, what is open and until when. */
public record ReviewSummary(long reviewId, String processKey, int year, String employeeName,
        String employeePersonnelNumber, ReviewPhase phase, ReviewTask openTask, Instant due, boolean overdue) {
}
