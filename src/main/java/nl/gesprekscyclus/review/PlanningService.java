package nl.gesprekscyclus.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning phase: the employee drafts result and development agreements, the manager adjusts and sets
 * them in the planning conversation, the employee agrees (a signature over the exact agreements) or
 * disagrees with a reason, which sends it back to the manager.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PlanningService {

    static final List<AgreementStatus> DRAFTS = List.of(AgreementStatus.DRAFT);

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final ReviewProfiles profiles;
    private final ResultAgreementRepository resultAgreements;
    private final DevelopmentAgreementRepository developmentAgreements;
    private final DisagreementRepository disagreements;
    private final Signatures signatures;
    private final AuditTrail audit;
    private final Clock clock;

    private final ReviewRoles roles;

    PlanningService(ReviewAccess access, ReviewProcess process, ReviewProfiles profiles, ReviewRoles roles,
            ResultAgreementRepository resultAgreements, DevelopmentAgreementRepository developmentAgreements,
            DisagreementRepository disagreements, Signatures signatures, AuditTrail audit, Clock clock) {
        this.roles = roles;
        this.access = access;
        this.process = process;
        this.profiles = profiles;
        this.resultAgreements = resultAgreements;
        this.developmentAgreements = developmentAgreements;
        this.disagreements = disagreements;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a draft result agreement (id null: a new one). The employee while drafting, the manager in the
     * planning conversation.
     */
    public ResultAgreement saveResultAgreement(long reviewId, Long agreementId, Long expectedVersion,
            ResultAgreementData data) {
        Acting acting = editor(reviewId);
        Review review = acting.review();
        List<ReviewRole> held = roles.of(review);
        List<Violation> violations = AgreementRules.check(data, profiles.resultAreaCodes(review), codes(held),
                review.dates().periodStart(), review.dates().periodEnd());
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        String roleName = name(held, data.roleCode());
        ResultAgreement agreement;
        if (agreementId == null) {
            agreement = new ResultAgreement(reviewId, UUID.randomUUID().toString(), 1, data,
                    profiles.area(review, data.resultArea()), roleName, AgreementStatus.DRAFT, acting.username(),
                    clock.instant(), null);
        } else {
            agreement = draft(resultAgreements.findById(agreementId).orElse(null), reviewId, acting);
            refuseStale(agreement, expectedVersion, "result agreement " + agreementId);
            agreement.apply(data, profiles.area(review, data.resultArea()), roleName);
        }
        agreement.changed(acting.actorName(), clock.instant());
        agreement = resultAgreements.saveAndFlush(agreement);
        audit.record("review.result-agreement.save", "review " + reviewId + " agreement " + agreement.getId(),
                review.getEmployeeId(), AuditTrail.SUCCESS, null);
        return agreement;
    }

    static Set<String> codes(List<ReviewRole> roles) {
        return roles.stream().map(ReviewRole::code).collect(Collectors.toUnmodifiableSet());
    }

    /** The name of the role with this code among the review's roles (validated before), or null for none. */
    static String name(List<ReviewRole> roles, String code) {
        return code == null ? null : roles.stream().filter(r -> r.code().equals(code)).map(ReviewRole::name)
                .findFirst().orElse(code);
    }

    /** The form was opened on an older version: saving it would overwrite someone's work unseen. */
    private static void refuseStale(AgreementVersion agreement, Long expectedVersion, String what) {
        if (expectedVersion != null && expectedVersion != agreement.getVersion()) {
            throw new StaleEditException(what, agreement.getChangedBy(), agreement.getChangedAt());
        }
    }

    public void removeResultAgreement(long reviewId, long agreementId) {
        Acting acting = editor(reviewId);
        ResultAgreement agreement = draft(resultAgreements.findById(agreementId).orElse(null), reviewId, acting);
        resultAgreements.delete(agreement);
        audit.record("review.result-agreement.remove", "review " + reviewId + " agreement " + agreementId,
                acting.review().getEmployeeId(), AuditTrail.SUCCESS, null);
    }

    public DevelopmentAgreement saveDevelopmentAgreement(long reviewId, Long agreementId, Long expectedVersion,
            DevelopmentAgreementData data) {
        Acting acting = editor(reviewId);
        List<Violation> violations = AgreementRules.check(data);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        DevelopmentAgreement agreement;
        if (agreementId == null) {
            agreement = new DevelopmentAgreement(reviewId, UUID.randomUUID().toString(), 1, data, AgreementStatus.DRAFT,
                    acting.username(), clock.instant(), null);
        } else {
            agreement = developmentAgreements.findById(agreementId)
                    .filter(a -> a.getReviewId().equals(reviewId) && a.getStatus() == AgreementStatus.DRAFT)
                    .orElseThrow(() -> new TaskNotOpenException(ReviewTask.DRAFT_AGREEMENTS, acting.review().getProcessKey()));
            refuseStale(agreement, expectedVersion, "development agreement " + agreementId);
            agreement.apply(data);
        }
        agreement.changed(acting.actorName(), clock.instant());
        agreement = developmentAgreements.saveAndFlush(agreement);
        audit.record("review.development-agreement.save", "review " + reviewId + " agreement " + agreement.getId(),
                acting.review().getEmployeeId(), AuditTrail.SUCCESS, null);
        return agreement;
    }

    /** The employee hands the drafts to the coordinator (if any) and the manager. */
    public void submitDrafts(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.DRAFT_AGREEMENTS);
        requireValidSet(reviewId);
        process.complete(acting.review(), ReviewTask.DRAFT_AGREEMENTS, Map.of());
        audit.record("review.drafts.submit", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /** The manager sets the agreements after the planning conversation; the employee is asked to agree. */
    public void setAgreements(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.PLANNING_CONVERSATION);
        requireValidSet(reviewId);
        // from now on the drafts are the manager's set ("vastgesteld"), no longer a concept
        acting.review().agreementsSet(clock.instant());
        process.complete(acting.review(), ReviewTask.PLANNING_CONVERSATION, Map.of());
        audit.record("review.agreements.set", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /** The employee agrees: the agreements are in force from now, as version 1, and the signature covers them. */
    public Signature agree(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.AGREE_AGREEMENTS);
        List<ResultAgreement> results = resultAgreements.findByReviewIdAndStatusInOrderById(reviewId, DRAFTS);
        List<DevelopmentAgreement> developments = developmentAgreements.findByReviewIdAndStatusInOrderById(reviewId,
                DRAFTS);
        results.forEach(a -> a.setStatus(AgreementStatus.CURRENT));
        developments.forEach(a -> a.setStatus(AgreementStatus.CURRENT));
        Signature signature = signatures.sign(acting.review(), acting.personId(), null, SignatureKind.AGREE,
                AgreementContent.of(acting.review(), profiles.signedFunction(acting.review()), results, developments));
        process.complete(acting.review(), ReviewTask.AGREE_AGREEMENTS, Map.of("agreed", true));
        audit.record("review.agreements.agree", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, "hash " + signature.getContentHash());
        return signature;
    }

    /** The employee does not agree and says why; the manager holds the planning conversation again. */
    public void disagree(long reviewId, String reason) {
        Acting acting = access.forTask(reviewId, ReviewTask.AGREE_AGREEMENTS);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "reason", reason, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        disagreements.save(new Disagreement(reviewId, acting.personId(), reason.strip(), clock.instant()));
        // back to the manager's planning conversation: a concept again until they set it anew
        acting.review().agreementsSentBack();
        process.complete(acting.review(), ReviewTask.AGREE_AGREEMENTS, Map.of("agreed", false));
        audit.record("review.agreements.disagree", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /** Whoever may edit drafts now: the employee while drafting, the manager in the planning conversation. */
    private Acting editor(long reviewId) {
        Acting acting = access.acting(reviewId, "edit agreements");
        ReviewTask task = acting.party() == Party.MANAGER ? ReviewTask.PLANNING_CONVERSATION : ReviewTask.DRAFT_AGREEMENTS;
        return access.forTask(acting, task);
    }

    private ResultAgreement draft(ResultAgreement agreement, long reviewId, Acting acting) {
        if (agreement == null || !agreement.getReviewId().equals(reviewId)) {
            throw new TaskNotOpenException(ReviewTask.DRAFT_AGREEMENTS, acting.review().getProcessKey());
        }
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            // agreed agreements change only by mutual consent (AgreementChangeService), never in place
            throw new TaskNotOpenException(ReviewTask.DRAFT_AGREEMENTS, acting.review().getProcessKey());
        }
        return agreement;
    }

    private void requireValidSet(long reviewId) {
        List<Violation> violations = AgreementRules.checkSet(resultAgreements
                .findByReviewIdAndStatusInOrderById(reviewId, DRAFTS).stream().map(ResultAgreement::data).toList());
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
    }
}
