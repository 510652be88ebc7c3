package nl.gesprekscyclus.monitoring;

import nl.gesprekscyclus.review.ReviewPhase;

/** A cell of the dashboard: the reviews with this status in this phase (unit and status optional). */
public record DrillDown(MonitoringScope scope, ReviewPhase phase, ReviewStatus status) {

    public DrillDown {
        if (phase == null || !ReviewPhase.running().contains(phase)) {
            throw new IllegalArgumentException("not a monitored phase: " + phase);
        }
    }
}
