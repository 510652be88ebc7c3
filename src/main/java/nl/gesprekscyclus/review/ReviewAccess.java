package nl.gesprekscyclus.review;

import java.util.Optional;
import nl.gesprekscyclus.audit.AuditTrail;
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

    ReviewAccess(ReviewRepository reviews, ReviewProcess process, CurrentUser currentUser, AccessRefusals refusals,
            AuditTrail audit) {
        this.reviews = reviews;
        this.process = process;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
    }

    /** The person acting on a review, and as whom. */
    record Acting(Review review, AppUser user, Long personId, Party party) {

        String username() {
            return user.getUsername();
        }
    }

    /** For writing the data of a task: the right party, an open review, the task open now. */
    Acting forTask(long reviewId, ReviewTask task) {
        return forTask(acting(reviewId, "write " + task.key()), task);
    }

    /** The same check for someone already identified, where which task applies depends on who they are. */
    Acting forTask(Acting acting, ReviewTask task) {
        boolean open = acting.party() == task.party() && !acting.review().getPhase().isFinished()
                && process.isOpen(acting.review(), task);
        refuseIf(ReviewRules.check(acting.review().getPhase(), task, acting.party(), open), acting, task);
        return acting;
    }

    /** For reading a review: the employee, their manager and their coordinator. HR and others are refused here
     *  (HR reads status through monitoring, content only through an audited dossier opening). */
    Acting forReading(long reviewId) {
        Acting acting = acting(reviewId, "read review");
        if (acting.party() == Party.HR || acting.party() == Party.OTHER) {
            throw refusals.refuse("read review", "review " + reviewId, acting.review().getEmployeeId());
        }
        return acting;
    }

    Acting acting(long reviewId, String action) {
        AppUser user = currentUser.require();
        Review review = reviews.findById(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        Party party = ReviewRules.partyOf(review, user.employeeId(), user.hasRole(Roles.HR));
        return new Acting(review, user, user.employeeId(), party);
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
