package nl.gesprekscyclus.monitoring;

import java.time.Instant;

/**
 * The engine's clock, for the demo round only: while the demo round acts at moments of the year that has passed
 * ({@link DemoClock}), the engine's clock stands there too, so the phases start by their own timers and the
 * moments the engine records agree with the rest. Afterwards it is today again. Implemented in the workflow
 * package.
 */
public interface DemoTime {

    void runEngineClockAt(Instant moment);

    void resetEngineClock();
}
