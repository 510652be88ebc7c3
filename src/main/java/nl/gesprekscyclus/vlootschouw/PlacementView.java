package nl.gesprekscyclus.vlootschouw;

import java.time.Instant;
import java.util.List;

/**
 * One placement as a screen shows it: the cell (codes and the grid's labels), the reason, who placed last and when,
 * and every change, oldest first.
 */
public record PlacementView(long reviewId, int year, String performance, String potential, String cellName,
        String direction, String reason, String placedBy, Instant placedAt, List<Change> history) {

    /** One placement or move; the old cell is null for the first placement. */
    public record Change(String source, String oldPerformance, String oldPotential, String performance,
            String potential, String reason, String changedBy, Instant changedAt) {
    }
}
