package nl.gesprekscyclus.review;

import java.util.Collection;
import java.util.Map;

/**
 * The review's process, as the review services need it. Implemented in the workflow package (the only one
 * that knows the engine), so the rules here can be tested without it and the engine can be replaced.
 */
public interface ReviewProcess {

    /** Starts the process of a review that was just created, in the same transaction. */
    void start(Review review, ReviewStartParticipants participants);

    /** Whether the task is open for this review now. */
    boolean isOpen(Review review, ReviewTask task);

    /**
     * Completes the open task with the given process variables.
     *
     * @throws TaskNotOpenException when it is not open (any more), e.g. someone else completed it first
     */
    void complete(Review review, ReviewTask task, Map<String, Object> variables);

    /** Asks the other party to decide on a proposed change of agreements. */
    void proposeAgreementChange(Review review, long changeId, String deciderPersonnelNumber);

    /** Completes the decision task of that change, after the decision is stored. */
    void completeAgreementChange(Review review, long changeId);

    /** Ends the review because the employee left service; what was recorded stays. */
    void employeeLeft(Review review, String reason);

    /**
     * Ends these reviews because their employees left service, as {@link #employeeLeft} does for one, but in the
     * background: the caller's transaction only records the work, the engine ends one review per job after it
     * commits. For many leavers at once (an import), where one message each would keep every message's engine
     * state in memory until the caller commits.
     */
    void employeesLeft(Collection<Review> reviews, String reason);

    /**
     * The manager, coordinator, second assessor or signer changed: later tasks and open tasks go to the new people.
     */
    void participantsChanged(Review review, ReviewStartParticipants participants);

    /**
     * Personnel numbers of the people in a review's process, as its tasks are assigned.
     *
     * @param secondAssessor null when nobody is consulted
     * @param signOffBy who signs the assessment off (the manager, or whoever the policy names)
     */
    record ReviewStartParticipants(String employee, String manager, String coordinator, String secondAssessor,
            String signOffBy) {
    }
}
