package nl.gesprekscyclus.privacy;

/**
 * The process engine's history of a review (which step was done by whom and when, under the business key
 * {@code <year>/<personnel number>}): deleted together with the review, so it is kept exactly as long as the
 * review, whatever time to live the process models carry.
 */
public interface ProcessHistory {

    /**
     * Deletes the history of the review's process instances that have ended.
     *
     * @return how many process instances' history was deleted; instances still running (an incident) are left
     */
    int deleteEnded(String processKey);
}
