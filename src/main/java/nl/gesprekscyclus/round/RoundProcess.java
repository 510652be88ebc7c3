package nl.gesprekscyclus.round;

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
}
