package nl.gesprekscyclus.monitoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * The dashboard's figures: per monitored phase and cluster, how many reviews are not started, in progress,
 * overdue and done. Built from the database's counts per current phase (a handful of rows), not from reviews.
 */
public final class ProgressFigures {

    private final Map<ReviewPhase, Map<Long, EnumMap<ReviewStatus, Long>>> counts = new EnumMap<>(ReviewPhase.class);

    ProgressFigures(List<ReviewStatusQueries.PhaseCount> rows) {
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
