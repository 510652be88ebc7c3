package nl.gesprekscyclus.monitoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The figures of a round: per monitored phase and unit (its own people), how many reviews are not started, in
 * progress, overdue and done ({@link ReviewStatus}). Built from the database's counts per current phase (a handful
 * of rows), not from reviews. Voortgang and Jaarronde both count from here, so "in planning" means one thing on
 * every screen: {@link #inPhase}.
 */
public final class ProgressFigures {

    private final Map<ReviewPhase, Map<Long, EnumMap<ReviewStatus, Long>>> counts = new EnumMap<>(ReviewPhase.class);
    private final List<ReviewStatusQueries.PhaseCount> rows;

    ProgressFigures(List<ReviewStatusQueries.PhaseCount> rows) {
        this.rows = List.copyOf(rows);
        for (ReviewPhase phase : ReviewPhase.running()) {
            Map<Long, EnumMap<ReviewStatus, Long>> byUnit = new HashMap<>();
            for (ReviewStatusQueries.PhaseCount row : rows) {
                ReviewStatus status = ReviewStatus.of(phase, row.phase(), row.overdue(), row.waiting());
                byUnit.computeIfAbsent(row.unitId(), c -> new EnumMap<>(ReviewStatus.class))
                        .merge(status, row.count(), Long::sum);
            }
            counts.put(phase, byUnit);
        }
    }

    /** Reviews with this status in this phase, in one unit (or all when {@code unitId} is null). */
    public long count(ReviewPhase phase, Long unitId, ReviewStatus status) {
        Map<Long, EnumMap<ReviewStatus, Long>> byUnit = counts.getOrDefault(phase, Map.of());
        if (unitId != null) {
            return byUnit.getOrDefault(unitId, new EnumMap<>(ReviewStatus.class)).getOrDefault(status, 0L);
        }
        return byUnit.values().stream().mapToLong(m -> m.getOrDefault(status, 0L)).sum();
    }

    /**
     * Reviews "in" a phase: it is their current phase and its work is not finished, on time or late (Voortgang's
     * "Bezig" plus "Te laat"). A review that finished the phase's work and waits for the next phase's window is
     * done with it ({@link #waitingAfter}), not in it.
     */
    public long inPhase(ReviewPhase phase, Long unitId) {
        return count(phase, unitId, ReviewStatus.IN_PROGRESS) + count(phase, unitId, ReviewStatus.OVERDUE);
    }

    /** Reviews that finished the work of this phase and wait for the next phase's window to open. */
    public long waitingAfter(ReviewPhase phase, Long unitId) {
        return rows.stream().filter(r -> r.phase() == phase && (unitId == null || r.unitId() == unitId))
                .filter(r -> ReviewStatus.of(phase, r.phase(), r.overdue(), r.waiting()) == ReviewStatus.DONE)
                .mapToLong(ReviewStatusQueries.PhaseCount::count).sum();
    }

    /** All reviews counted (the same for every phase). */
    public long total(Long unitId) {
        ReviewPhase any = ReviewPhase.running().get(0);
        long total = 0;
        for (ReviewStatus status : ReviewStatus.values()) {
            total += count(any, unitId, status);
        }
        return total;
    }

    /** Units whose own people have reviews in scope. */
    public java.util.Set<Long> unitIds() {
        return counts.getOrDefault(ReviewPhase.running().get(0), Map.of()).keySet();
    }
}
