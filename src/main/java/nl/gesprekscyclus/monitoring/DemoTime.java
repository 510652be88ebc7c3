package nl.gesprekscyclus.monitoring;

import java.time.Instant;
import java.util.Optional;

/**
 * The engine's clock and jobs, for the demo round only: while the demo round acts at moments of the year that has
 * passed ({@link DemoClock}), the engine's clock stands there too, and the engine's jobs (a review's start, the
 * phase timers, reminders, a stored document) run on the demo's own thread at their due moments, so what the engine
 * records agrees with the rest. The job executor has not started yet then: nothing else takes a job, so no job runs
 * twice and no lock is fought over. Afterwards the engine's clock is today again. Implemented in the workflow
 * package.
 */
public interface DemoTime {

    void runEngineClockAt(Instant moment);

    void resetEngineClock();

    /** The earliest due moment of a job of the processes due by {@code until}, if there is one. */
    Optional<Instant> nextJobDueBy(Instant until);

    /**
     * Runs, one after the other on this thread, every job of the processes that is due by the engine's clock, and
     * the jobs those create that are due too.
     *
     * @return how many ran
     * @throws IllegalStateException when the job executor runs: it would take the same jobs
     */
    default int runDueJobs() {
        return runDueJobs(() -> { });
    }

    /**
     * As {@link #runDueJobs()}, calling {@code beforeEachJob} before each one: the demo sets both clocks back to
     * the moment the jobs are due, so twenty reminders due at 23:59:59 are all stamped that day, however long the
     * ones before took (on a busy machine they crossed midnight).
     */
    int runDueJobs(Runnable beforeEachJob);
}
