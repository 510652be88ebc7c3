package nl.gesprekscyclus.review;

import java.time.Instant;

/**
 * A review finished the work of a phase (its phase process ended normally), at the engine's moment. It may
 * then wait for the next phase's window to open; monitoring counts it as done with the phase from now on.
 */
public record ReviewPhaseFinished(long reviewId, long roundId, ReviewPhase phase, Instant at) {
}
