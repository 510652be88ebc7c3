package nl.gesprekscyclus.review;

import java.time.Instant;

/**
 * One line of "my reviews" or "my tasks": whose review, which year, which phase, what is open and until when.
 * {@code onBehalfOf}: the name of the manager whose task a substitute sees ("namens"), else null.
 */
public record ReviewSummary(long reviewId, String processKey, int year, String employeeName,
        String employeePersonnelNumber, ReviewPhase phase, ReviewTask openTask, Instant due, boolean overdue,
        String onBehalfOf) {
}
