package nl.gesprekscyclus.review;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may write what in a review, and when (PRODUCT.md, "Who may see and do what"). Pure functions, so
 * every rule has a unit test: only the employee drafts, only the employee's coordinator gives input, only
 * the manager sets and assesses, HR advises, nothing changes after sign-off, and a phase's data is written
 * only while its task is open.
 */
public final class ReviewRules {

    private ReviewRules() {
    }

    /** Why an action is refused. */
    public enum Refusal {
        /** the person is not the party the task belongs to: an access violation, logged */
        NOT_THEIR_TASK,
        /** the review is closed or ended */
        REVIEW_FINISHED,
        /** the task is not open now (other phase, or already done) */
        TASK_NOT_OPEN
    }

    /** How the person relates to the review; the closest relation wins (own review before any other). */
    public static Party partyOf(Review review, Long personId, boolean isHr) {
        return partiesOf(review, personId, isHr).iterator().next();
    }

    /**
     * Every relation the person has to the review, closest first (employee, manager, coordinator, second assessor,
     * signer): one person can be the manager and the signer, or the second assessor and the signer. Never empty:
     * HR or OTHER when nothing else.
     */
    public static Set<Party> partiesOf(Review review, Long personId, boolean isHr) {
        // in order of closeness (not the enum's order): the manager before the coordinator, as always
        Set<Party> parties = new LinkedHashSet<>();
        if (personId != null) {
            if (personId.equals(review.getEmployeeId())) {
                parties.add(Party.EMPLOYEE);
            }
            if (personId.equals(review.getManagerId())) {
                parties.add(Party.MANAGER);
            }
            if (personId.equals(review.getCoordinatorId())) {
                parties.add(Party.COORDINATOR);
            }
            if (personId.equals(review.getSecondAssessorId())) {
                parties.add(Party.SECOND_ASSESSOR);
            }
            if (personId.equals(review.signerId())) {
                parties.add(Party.SIGNER);
            }
        }
        if (parties.isEmpty() || parties.contains(Party.EMPLOYEE)) {
            // an HR adviser's own review is their own; nobody's relation is "HR" to their own file
            return Set.of(parties.isEmpty() ? isHr ? Party.HR : Party.OTHER : Party.EMPLOYEE);
        }
        return parties;
    }

    /** The relations a manager holds in a review that a substitute can take over: the line's, never the employee's. */
    private static final List<Party> LINE = List.of(Party.MANAGER, Party.SECOND_ASSESSOR, Party.SIGNER);

    /**
     * The relations a substitute takes over today (issue 16, item 3): for each manager they act for, the line
     * relations that manager holds in the review (manager, second assessor, signer), each with the manager it is
     * held for. Never in the substitute's own review: nobody assesses or signs off their own year, also not for
     * someone else.
     *
     * @param actingFor the managers whose substitution period covers today (empty outside any period)
     */
    public static Map<Party, Long> substituted(Review review, Long personId, Set<Long> actingFor) {
        Map<Party, Long> taken = new EnumMap<>(Party.class);
        if (personId == null || personId.equals(review.getEmployeeId())) {
            return taken;
        }
        for (Long manager : actingFor) {
            for (Party line : LINE) {
                Long holder = switch (line) {
                    case MANAGER -> review.getManagerId();
                    case SECOND_ASSESSOR -> review.getSecondAssessorId();
                    default -> review.signerId();
                };
                if (manager.equals(holder) && !manager.equals(review.getEmployeeId())) {
                    taken.putIfAbsent(line, manager);
                }
            }
        }
        return taken;
    }

    /**
     * The person's own relations with those a substitution gives them added, closest first. What the person holds
     * themselves stays theirs (a substitution adds, it does not replace); HR or OTHER give way to a substituted
     * relation.
     */
    public static Set<Party> partiesOf(Review review, Long personId, boolean isHr, Map<Party, Long> substituted) {
        Set<Party> own = partiesOf(review, personId, isHr);
        if (substituted.isEmpty() || own.contains(Party.EMPLOYEE)) {
            return own;
        }
        Set<Party> all = new LinkedHashSet<>();
        for (Party p : CLOSENESS) {
            if (own.contains(p) || substituted.containsKey(p)) {
                all.add(p);
            }
        }
        return all.isEmpty() ? own : all;
    }

    /** The order in which relations decide what someone reads (the manager before the coordinator, as always). */
    private static final List<Party> CLOSENESS = List.of(Party.EMPLOYEE, Party.MANAGER, Party.COORDINATOR,
            Party.SECOND_ASSESSOR, Party.SIGNER);

    /**
     * Whether the second assessor or the signer (when not the manager) may read the review: from the moment their
     * step is open, and afterwards for good (they signed it). Before that the review is none of their business,
     * like anyone else's: they judge the assessment the manager wrote, not the year as it happens.
     *
     * @param signedByThem the kinds of signature this person has given in this review
     */
    public static boolean lineMayRead(Set<Party> parties, Set<ReviewTask> openTasks, Set<SignatureKind> signedByThem) {
        return parties.contains(Party.SECOND_ASSESSOR) && (openTasks.contains(ReviewTask.SECOND_ASSESSMENT)
                || signedByThem.contains(SignatureKind.CONSULT))
                || parties.contains(Party.SIGNER) && (openTasks.contains(ReviewTask.SIGN_OFF)
                        || signedByThem.contains(SignatureKind.SIGN_OFF));
    }

    /** Whether the party may do the task now; empty when allowed. Access comes first, so a stranger learns nothing. */
    public static Optional<Refusal> check(ReviewPhase phase, ReviewTask task, Party party, boolean taskOpen) {
        if (task.party() != party) {
            return Optional.of(Refusal.NOT_THEIR_TASK);
        }
        if (phase.isFinished()) {
            return Optional.of(Refusal.REVIEW_FINISHED);
        }
        if (task.phase() != null && task.phase() != phase || !taskOpen) {
            return Optional.of(Refusal.TASK_NOT_OPEN);
        }
        return Optional.empty();
    }

    /** Agreements can be changed by mutual consent between the employee and the manager, once agreed and until
     *  the assessment is written. */
    public static Optional<Refusal> checkChangeProposal(ReviewPhase phase, Party party, boolean agreementsAgreed,
            boolean assessmentWritten) {
        if (party != Party.EMPLOYEE && party != Party.MANAGER) {
            return Optional.of(Refusal.NOT_THEIR_TASK);
        }
        if (phase.isFinished()) {
            return Optional.of(Refusal.REVIEW_FINISHED);
        }
        if (!agreementsAgreed || assessmentWritten) {
            return Optional.of(Refusal.TASK_NOT_OPEN);
        }
        return Optional.empty();
    }
}
