package nl.gesprekscyclus.round;

import java.time.Duration;

/** The round's process, as the round feature needs it (implemented in the workflow package). */
public interface RoundProcess {

    /** Starts the round's process; it selects the employees and starts their reviews in batches, in the background. */
    void start(Round round);

    /**
     * Whether the round's process is still starting reviews: batches are left, or one failed and waits for its
     * retry. False once it waits for HR to close the round, and for a round without a running process.
     */
    boolean startingReviews(Round round);

    /** HR closes the round. */
    void close(Round round);

    /** A new employee joins the running round (handled asynchronously by the round's process). */
    void employeeJoined(Round round, String personnelNumber);

    /** An employee's function, manager or coordinator changed: the running round updates their review. */
    void employeeChanged(Round round, String personnelNumber);

    /**
     * The joiners and function changes of an import wait among the round's members under the batch numbers
     * {@code firstBatch} to {@code firstBatch + batchCount - 1} ({@link RoundMembership#queueImport}): the round's
     * import process starts or updates their reviews one batch per job, in the background.
     */
    void employeesImported(Round round, int firstBatch, int batchCount);

    /**
     * At the latest this long after the application is up again, a start that a crash or restart interrupted goes
     * on by itself: the background work the stopped run had taken on stays claimed for a while, then is taken again.
     */
    Duration resumesAfterRestartWithin();
}
