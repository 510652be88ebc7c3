package nl.gesprekscyclus.review;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The one gate every review service passes: loads the review, works out how the logged-in person relates to
 * it, and refuses (logged and audited) what {@link ReviewRules} does not allow. An unknown review is refused
 * like a forbidden one, so the answer does not tell which reviews exist.
 */
@Component
class ReviewAccess {

    private final ReviewRepository reviews;
    private final ReviewProcess process;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final ReviewRelations relations;
    private final OrganisationDirectory directory;

    ReviewAccess(ReviewRepository reviews, ReviewProcess process, CurrentUser currentUser, AccessRefusals refusals,
            AuditTrail audit, ReviewRelations relations, OrganisationDirectory directory) {
        this.relations = relations;
        this.directory = directory;
        this.reviews = reviews;
        this.process = process;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
    }

    /**
     * The person acting on a review, and as whom: {@code party} is their closest relation (what they read),
     * {@code parties} all of them (a manager may also be the signer, a second assessor also the signer).
     */
    record Acting(Review review, AppUser user, Long personId, Party party, Set<Party> parties,
            Map<Party, Long> onBehalfOf, String actorName) {

        String username() {
            return user.getUsername();
        }

        /** The manager this person acts for in that relation (a substitute), or null when the relation is theirs. */
        Long onBehalfOf(Party relation) {
            return onBehalfOf.get(relation);
        }

        /**
         * In whose name work of that relation is stored: the manager a substitute acts for (the assessment stays the
         * manager's, with one rating per competency), else the person themselves.
         */
        Long inNameOf(Party relation) {
            Long manager = onBehalfOf(relation);
            return manager == null ? personId : manager;
        }

        /** The person and everyone they act for here: whose signatures and tasks count as theirs. */
        Set<Long> selfAndPrincipals() {
            Set<Long> ids = new java.util.HashSet<>(onBehalfOf.values());
            if (personId != null) {
                ids.add(personId);
            }
            return ids;
        }

        /** The relation this person acts in for the task: the task's own party when they hold it. */
        Party as(ReviewTask task) {
            return parties.contains(task.party()) ? task.party() : party;
        }
    }

    /** For writing the data of a task: the right party, an open review, the task open now. */
    Acting forTask(long reviewId, ReviewTask task) {
        return forTask(acting(reviewId, "write " + task.key()), task);
    }

    /** The same check for someone already identified, where which task applies depends on who they are. */
    Acting forTask(Acting acting, ReviewTask task) {
        Party as = acting.as(task);
        boolean open = as == task.party() && !acting.review().getPhase().isFinished()
                && process.isOpen(acting.review(), task);
        refuseIf(ReviewRules.check(acting.review().getPhase(), task, as, open), acting, task);
        markOnBehalf(acting, as);
        return acting;
    }

    /**
     * When the person acts in that relation for a manager (a substitute), every audit entry of this work says so:
     * "namens" the manager's personnel number, not their name.
     */
    void markOnBehalf(Acting acting, Party as) {
        Long manager = acting.onBehalfOf(as);
        if (manager != null) {
            audit.onBehalfOf(directory.employee(manager).map(EmployeeSummary::personnelNumber)
                    .orElse(String.valueOf(manager)));
        }
    }

    Acting acting(long reviewId, String action) {
        AppUser user = currentUser.require();
        Review review = reviews.findById(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        ReviewRelations.Relations relations = this.relations.of(review, user.employeeId(), user.hasRole(Roles.HR));
        return new Acting(review, user, user.employeeId(), relations.closest(), relations.parties(),
                relations.onBehalfOf(), actorName(user, relations.onBehalfOf()));
    }

    /** "Name", or "Name namens Manager" for a substitute: how records show who changed them. */
    private String actorName(AppUser user, Map<Party, Long> onBehalfOf) {
        if (onBehalfOf.isEmpty()) {
            return user.displayName();
        }
        String managers = directory.employees(Set.copyOf(onBehalfOf.values())).stream()
                .map(EmployeeSummary::fullName).sorted().collect(java.util.stream.Collectors.joining(", "));
        return user.displayName() + " namens " + managers;
    }

    AccessRefusals refusals() {
        return refusals;
    }

    void refuseIf(Optional<ReviewRules.Refusal> refusal, Acting acting, ReviewTask task) {
        if (refusal.isEmpty()) {
            return;
        }
        String record = "review " + acting.review().getId();
        switch (refusal.get()) {
            case NOT_THEIR_TASK -> throw refusals.refuse("write " + (task == null ? "change" : task.key()), record,
                    acting.review().getEmployeeId());
            case REVIEW_FINISHED -> {
                audit.record("review.write-after-close", record, acting.review().getEmployeeId(), AuditTrail.REFUSED,
                        task == null ? null : task.key());
                throw new ReviewClosedException(acting.review().getProcessKey());
            }
            case TASK_NOT_OPEN -> throw new TaskNotOpenException(task == null ? ReviewTask.DECIDE_AGREEMENT_CHANGE : task,
                    acting.review().getProcessKey());
        }
    }
}
