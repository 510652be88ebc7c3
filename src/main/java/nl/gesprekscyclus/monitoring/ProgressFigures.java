package nl.gesprekscyclus.monitoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The figures of a round: per monitored phase and cluster, how many reviews are not started, in progress,
 * overdue and done ({@link ReviewStatus}). Built from the database's counts per current phase (a handful of rows),
 * not from reviews. Voortgang and Jaarronde both count from here, so "in planning" means one thing on every screen:
 * {@link #inPhase}.
 */
public final class ProgressFigures {

    private final Map<ReviewPhase, Map<Long, EnumMap<ReviewStatus, Long>>> counts = new EnumMap<>(ReviewPhase.class);
    private final List<ReviewStatusQueries.PhaseCount> rows;

    ProgressFigures(List<ReviewStatusQueries.PhaseCount> rows) {
        this.rows = List.copyOf(rows);
        for (ReviewPhase phase : MonitoringService.PHASES) {
            Map<Long, EnumMap<ReviewStatus, Long>> byCluster = new HashMap<>();
            for (ReviewStatusQueries.PhaseCount row : rows) {
                ReviewStatus status = ReviewStatus.of(phase, row.phase(), row.overdue(), row.waiting());
                byCluster.computeIfAbsent(row.clusterId(), c -> new EnumMap<>(ReviewStatus.class))
                        .merge(status, row.count(), Long::sum);
            }
            counts.put(phase, byCluster);
        }
    }

    /** Reviews with this status in this phase, in one cluster (or all when {@code clusterId} is null). */
    public long count(ReviewPhase phase, Long clusterId, ReviewStatus status) {
        Map<Long, EnumMap<ReviewStatus, Long>> byCluster = counts.getOrDefault(phase, Map.of());
        if (clusterId != null) {
            return byCluster.getOrDefault(clusterId, new EnumMap<>(ReviewStatus.class)).getOrDefault(status, 0L);
        }
        return byCluster.values().stream().mapToLong(m -> m.getOrDefault(status, 0L)).sum();
    }

    /**
     * Reviews "in" a phase: it is their current phase and its work is not finished, on time or late (Voortgang's
     * "Bezig" plus "Te laat"). A review that finished the phase's work and waits for the next phase's window is
     * done with it ({@link #waitingAfter}), not in it.
     */
    public long inPhase(ReviewPhase phase, Long clusterId) {
        return count(phase, clusterId, ReviewStatus.IN_PROGRESS) + count(phase, clusterId, ReviewStatus.OVERDUE);
    }

    /** Reviews that finished the work of this phase and wait for the next phase's window to open. */
    public long waitingAfter(ReviewPhase phase, Long clusterId) {
        return rows.stream().filter(r -> r.phase() == phase && (clusterId == null || r.clusterId() == clusterId))
                .filter(r -> ReviewStatus.of(phase, r.phase(), r.overdue(), r.waiting()) == ReviewStatus.DONE)
                .mapToLong(ReviewStatusQueries.PhaseCount::count).sum();
    }

    /** All reviews counted (the same for every phase). */
    public long total(Long clusterId) {
        ReviewPhase any = MonitoringService.PHASES.get(0);
        long total = 0;
        for (ReviewStatus status : ReviewStatus.values()) {
            total += count(any, clusterId, status);
        }
        return total;
    }

    /** Clusters that have reviews in scope. */
    public java.util.Set<Long> clusterIds() {
        return counts.getOrDefault(MonitoringService.PHASES.get(0), Map.of()).keySet();
    }
}
