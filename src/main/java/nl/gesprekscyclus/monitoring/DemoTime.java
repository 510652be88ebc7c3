package nl.gesprekscyclus.monitoring;

import java.time.Instant;

/**
 * The engine's clock, for the demo round only: reviews started today get their windows at least 30 days
 * ahead (ReviewDatesPlanner), so the demo lets the engine's timers run ahead for a moment to bring reviews
 * into the later phases, and then puts the clock back. Implemented in the workflow package.
 */
public interface DemoTime {

    void runEngineClockAt(Instant moment);

    void resetEngineClock();
}
