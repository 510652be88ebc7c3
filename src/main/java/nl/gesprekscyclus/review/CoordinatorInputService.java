package nl.gesprekscyclus.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input of the coordinator (informant) in each phase: on an agreement, on a competency, or in general.
 * Only the coordinator of that employee, only while their input task is open; stored as written, as input.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CoordinatorInputService {

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final CoordinatorInputRepository inputs;
    private final AuditTrail audit;
    private final Clock clock;

    CoordinatorInputService(ReviewAccess access, ReviewProcess process, CoordinatorInputRepository inputs,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.process = process;
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The input task of a phase. */
    static ReviewTask inputTask(ReviewPhase phase) {
        return switch (phase) {
            case PLANNING -> ReviewTask.PLANNING_INPUT;
            case PROGRESS -> ReviewTask.PROGRESS_INPUT;
            default -> ReviewTask.INFORMANT_INPUT;
        };
    }

    /**
     * @param agreementLineage the agreement the input is about, or null
     * @param competencyCode   the competency the input is about, or null (both null: general input)
     */
    public CoordinatorInput addInput(long reviewId, String agreementLineage, String competencyCode, String text) {
        Acting acting = actingInCurrentPhase(reviewId);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "text", text, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        CoordinatorInput input = inputs.save(new CoordinatorInput(reviewId, acting.review().getPhase(),
                acting.personId(), agreementLineage, competencyCode, text.strip(), clock.instant()));
        audit.record("review.coordinator-input.add", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, acting.review().getPhase().name());
        return input;
    }

    /** The coordinator is done; the process moves on to the manager. */
    public void submitInput(long reviewId) {
        Acting acting = actingInCurrentPhase(reviewId);
        process.complete(acting.review(), inputTask(acting.review().getPhase()), Map.of());
        audit.record("review.coordinator-input.submit", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, acting.review().getPhase().name());
    }

    private Acting actingInCurrentPhase(long reviewId) {
        Acting acting = access.acting(reviewId, "give input");
        return access.forTask(acting, inputTask(acting.review().getPhase()));
    }
}
