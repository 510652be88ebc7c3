package nl.gesprekscyclus.monitoring;

/** Which reviews the dashboard counts: one round, optionally one cluster and one coordinator. */
public record MonitoringScope(long roundId, Long clusterId, Long coordinatorId) {
}
