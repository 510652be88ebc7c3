package nl.gesprekscyclus.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.AgreementChangeProposal.DevelopmentAgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal.ResultAgreementChange;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing agreed agreements during the year by mutual consent: the employee or the manager proposes, the
 * other accepts or rejects. An accepted change makes new versions; the old versions stay readable.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementChangeService {

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final ReviewProfiles profiles;
    private final AgreementChangeRepository changes;
    private final ResultAgreementRepository resultAgreements;
    private final DevelopmentAgreementRepository developmentAgreements;
    private final AssessmentRepository assessments;
    private final OrganisationDirectory directory;
    private final Signatures signatures;
    private final AuditTrail audit;
    private final Clock clock;

    private final ReviewRoles roles;

    AgreementChangeService(ReviewAccess access, ReviewProcess process, ReviewProfiles profiles, ReviewRoles roles,
            AgreementChangeRepository changes, ResultAgreementRepository resultAgreements,
            DevelopmentAgreementRepository developmentAgreements, AssessmentRepository assessments,
            OrganisationDirectory directory, Signatures signatures, AuditTrail audit, Clock clock) {
        this.roles = roles;
        this.access = access;
        this.process = process;
        this.profiles = profiles;
        this.changes = changes;
        this.resultAgreements = resultAgreements;
        this.developmentAgreements = developmentAgreements;
        this.assessments = assessments;
        this.directory = directory;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    public AgreementChange propose(long reviewId, AgreementChangeProposal proposal, String reason) {
        Acting acting = access.acting(reviewId, "propose agreement change");
        Review review = acting.review();
        boolean agreed = !resultAgreements.findByReviewIdAndStatusInOrderById(reviewId, ProgressService.CURRENT)
                .isEmpty();
        boolean assessed = assessments.findByReviewId(reviewId).isPresent();
        access.refuseIf(ReviewRules.checkChangeProposal(review.getPhase(), acting.party(), agreed, assessed), acting,
                null);
        access.markOnBehalf(acting, acting.party());
        List<Violation> violations = validate(review, proposal);
        AgreementRules.required(violations, "reason", reason, AgreementRules.MAX_TEXT);
        if (changes.existsByReviewIdAndStatus(reviewId, ChangeStatus.OPEN)) {
            violations.add(Violation.of("proposal", "change.already-open"));
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Long decider = acting.party() == Party.EMPLOYEE ? review.getManagerId() : review.getEmployeeId();
        if (decider == null) {
            throw new ReviewValidationException(List.of(Violation.of("proposal", "change.no-manager")));
        }
        AgreementChange change = changes.save(new AgreementChange(reviewId, acting.inNameOf(acting.party()), decider,
                json(proposal), reason.strip(), clock.instant()));
        String deciderNumber = directory.employee(decider).orElseThrow().personnelNumber();
        process.proposeAgreementChange(review, change.getId(), deciderNumber);
        audit.record("review.change.propose", "review " + reviewId + " change " + change.getId(),
                review.getEmployeeId(), AuditTrail.SUCCESS, null);
        return change;
    }

    /** The other party decides. Accepting makes the new versions in force and is signed like an agreement. */
    public AgreementChange decide(long changeId, boolean accept, String decisionReason) {
        AgreementChange change = changes.findById(changeId).orElse(null);
        long reviewId = change == null ? -1 : change.getReviewId();
        Acting acting = access.acting(reviewId, "decide agreement change");
        // a substitute decides for the manager they act for
        if (!acting.selfAndPrincipals().contains(change.getDeciderId())) {
            throw access.refusals().refuse("decide agreement change", "change " + changeId);
        }
        access.markOnBehalf(acting, acting.party());
        Review review = acting.review();
        // like every write after sign-off: refused and audited (the matrix found this one unaudited)
        access.refuseIf(review.getPhase().isFinished() ? Optional.of(ReviewRules.Refusal.REVIEW_FINISHED)
                : Optional.empty(), acting, ReviewTask.DECIDE_AGREEMENT_CHANGE);
        if (change.getStatus() != ChangeStatus.OPEN) {
            throw new TaskNotOpenException(ReviewTask.DECIDE_AGREEMENT_CHANGE, review.getProcessKey());
        }
        List<Violation> violations = new ArrayList<>();
        if (!accept) {
            AgreementRules.required(violations, "decisionReason", decisionReason, AgreementRules.MAX_TEXT);
        } else {
            AgreementRules.optional(violations, "decisionReason", decisionReason, AgreementRules.MAX_TEXT);
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        change.decide(accept, decisionReason == null ? null : decisionReason.strip(), clock.instant());
        if (accept) {
            apply(review, change, read(change.getProposal()), acting.username());
            signatures.sign(review, acting.personId(), acting.onBehalfOf(acting.party()), SignatureKind.AGREE,
                    AgreementContent.of(review,
                    profiles.signedFunction(review),
                    resultAgreements.findByReviewIdAndStatusInOrderById(review.getId(), ProgressService.CURRENT),
                    developmentAgreements.findByReviewIdAndStatusInOrderById(review.getId(), ProgressService.CURRENT)));
        }
        process.completeAgreementChange(review, changeId);
        audit.record("review.change." + (accept ? "accept" : "reject"), "review " + reviewId + " change " + changeId,
                review.getEmployeeId(), AuditTrail.SUCCESS, null);
        return change;
    }

    private void apply(Review review, AgreementChange change, AgreementChangeProposal proposal, String by) {
        List<ReviewRole> held = roles.of(review);
        for (ResultAgreementChange item : proposal.resultAgreements()) {
            if (item.lineage() == null) {
                resultAgreements.save(new ResultAgreement(review.getId(), UUID.randomUUID().toString(), 1, item.data(),
                        profiles.area(review, item.data().resultArea()),
                        PlanningService.name(held, item.data().roleCode()), AgreementStatus.CURRENT, by,
                        clock.instant(), change.getId()));
                continue;
            }
            ResultAgreement old = resultAgreements.findFirstByReviewIdAndLineageAndStatusIn(review.getId(),
                    item.lineage(), ProgressService.CURRENT).orElseThrow();
            if (item.data() == null) {
                old.setStatus(AgreementStatus.REMOVED);
            } else {
                old.setStatus(AgreementStatus.SUPERSEDED);
                resultAgreements.saveAndFlush(old);
                resultAgreements.save(new ResultAgreement(review.getId(), old.getLineage(), old.getVersionNumber() + 1,
                        item.data(), profiles.area(review, item.data().resultArea()),
                        PlanningService.name(held, item.data().roleCode()), AgreementStatus.CURRENT, by,
                        clock.instant(), change.getId()));
            }
        }
        for (DevelopmentAgreementChange item : proposal.developmentAgreements()) {
            if (item.lineage() == null) {
                developmentAgreements.save(new DevelopmentAgreement(review.getId(), UUID.randomUUID().toString(), 1,
                        item.data(), AgreementStatus.CURRENT, by, clock.instant(), change.getId()));
                continue;
            }
            DevelopmentAgreement old = developmentAgreements.findFirstByReviewIdAndLineageAndStatusIn(review.getId(),
                    item.lineage(), ProgressService.CURRENT).orElseThrow();
            if (item.data() == null) {
                old.setStatus(AgreementStatus.REMOVED);
            } else {
                old.setStatus(AgreementStatus.SUPERSEDED);
                developmentAgreements.saveAndFlush(old);
                developmentAgreements.save(new DevelopmentAgreement(review.getId(), old.getLineage(),
                        old.getVersionNumber() + 1, item.data(), AgreementStatus.CURRENT, by, clock.instant(),
                        change.getId()));
            }
        }
    }

    /** Each changed item on its own, and the set as it would be after the change. */
    private List<Violation> validate(Review review, AgreementChangeProposal proposal) {
        List<Violation> violations = new ArrayList<>();
        if (proposal == null || proposal.isEmpty()) {
            violations.add(Violation.of("proposal", "change.empty"));
            return violations;
        }
        Set<String> held = PlanningService.codes(roles.of(review));
        Map<String, ResultAgreementData> after = new LinkedHashMap<>();
        resultAgreements.findByReviewIdAndStatusInOrderById(review.getId(), ProgressService.CURRENT)
                .forEach(a -> after.put(a.getLineage(), a.data()));
        int added = 0;
        for (ResultAgreementChange item : proposal.resultAgreements()) {
            if (item.lineage() != null && !after.containsKey(item.lineage())) {
                violations.add(Violation.of("agreement", "agreement.unknown"));
                continue;
            }
            if (item.data() != null) {
                violations.addAll(AgreementRules.check(item.data(), profiles.resultAreaCodes(review), held,
                        review.dates().periodStart(), review.dates().periodEnd()));
            }
            String key = item.lineage() == null ? "new-" + added++ : item.lineage();
            if (item.data() == null) {
                after.remove(key);
            } else {
                after.put(key, item.data());
            }
        }
        List<String> developmentLineages = developmentAgreements
                .findByReviewIdAndStatusInOrderById(review.getId(), ProgressService.CURRENT).stream()
                .map(DevelopmentAgreement::getLineage).toList();
        for (DevelopmentAgreementChange item : proposal.developmentAgreements()) {
            if (item.lineage() != null && !developmentLineages.contains(item.lineage())) {
                violations.add(Violation.of("agreement", "agreement.unknown"));
            } else if (item.data() != null) {
                violations.addAll(AgreementRules.check(item.data()));
            }
        }
        violations.addAll(AgreementRules.checkSet(after.values()));
        return violations;
    }

    private static String json(AgreementChangeProposal proposal) {
        try {
            return SignedContent.CANONICAL.writeValueAsString(proposal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static AgreementChangeProposal read(String json) {
        try {
            return SignedContent.CANONICAL.readValue(json, AgreementChangeProposal.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored proposal unreadable", e);
        }
    }
}
