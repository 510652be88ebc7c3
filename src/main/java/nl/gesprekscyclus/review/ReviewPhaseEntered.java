package nl.gesprekscyclus.review;

import java.time.Instant;

/**
 * A review entered a phase (or was closed), at the engine's moment. Published inside the process step's
 * transaction, so a listener that records it commits or rolls back together with the phase change.
 */
public record ReviewPhaseEntered(long reviewId, long roundId, ReviewPhase phase, Instant at) {
}
