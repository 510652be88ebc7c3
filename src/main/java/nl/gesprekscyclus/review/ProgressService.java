package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress phase: the employee reflects on each agreement (on track, at risk, behind), the coordinator
 * gives input, the manager records the voortgangsgesprek. The report is kept for the assessment.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ProgressService {

    static final List<AgreementStatus> CURRENT = List.of(AgreementStatus.CURRENT);

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final ResultAgreementRepository resultAgreements;
    private final ProgressReflectionRepository reflections;
    private final ProgressReportRepository reports;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressService(ReviewAccess access, ReviewProcess process, ResultAgreementRepository resultAgreements,
            ProgressReflectionRepository reflections, ProgressReportRepository reports, AuditTrail audit, Clock clock) {
        this.access = access;
        this.process = process;
        this.resultAgreements = resultAgreements;
        this.reflections = reflections;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public ProgressReflection reflect(long reviewId, String agreementLineage, ProgressStatus status, String text) {
        Acting acting = access.forTask(reviewId, ReviewTask.SELF_REFLECTION);
        List<Violation> violations = new ArrayList<>();
        if (!currentLineages(reviewId).contains(agreementLineage)) {
            violations.add(Violation.of("agreement", "agreement.unknown"));
        }
        if (status == null) {
            violations.add(Violation.of("status", "field.required"));
        }
        AgreementRules.optional(violations, "text", text, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        // each progress conversation has its own reflections: the one the review is at now
        int conversation = acting.review().getProgressConversation();
        ProgressReflection reflection = reflections.findByReviewIdAndConversationNumberAndAgreementLineage(reviewId,
                conversation, agreementLineage)
                .orElseGet(() -> new ProgressReflection(reviewId, conversation, agreementLineage));
        reflection.update(status, text == null ? null : text.strip(), clock.instant());
        reflection = reflections.save(reflection);
        audit.record("review.reflection.save", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
        return reflection;
    }

    /** Done reflecting: every current result agreement has a reflection. */
    public void submitReflection(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.SELF_REFLECTION);
        int conversation = acting.review().getProgressConversation();
        Set<String> reflected = reflections.findByReviewIdOrderById(reviewId).stream()
                .filter(r -> r.getConversationNumber() == conversation)
                .map(ProgressReflection::getAgreementLineage).collect(Collectors.toSet());
        if (!reflected.containsAll(currentLineages(reviewId))) {
            throw new ReviewValidationException(List.of(Violation.of("agreements", "progress.reflection.missing")));
        }
        process.complete(acting.review(), ReviewTask.SELF_REFLECTION, Map.of());
        audit.record("review.reflection.submit", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /** The manager records the voortgangsgesprek; that ends the progress phase. */
    public ProgressReport recordConversation(long reviewId, LocalDate conversationDate, String report) {
        Acting acting = access.forTask(reviewId, ReviewTask.PROGRESS_CONVERSATION);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.conversationDate(violations, conversationDate, LocalDate.now(clock));
        AgreementRules.required(violations, "report", report, AgreementRules.MAX_REPORT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        ProgressReport saved = reports.save(new ProgressReport(reviewId, acting.review().getProgressConversation(),
                acting.inNameOf(Party.MANAGER), conversationDate, report.strip(), clock.instant()));
        process.complete(acting.review(), ReviewTask.PROGRESS_CONVERSATION, Map.of());
        audit.record("review.progress-report.save", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
        return saved;
    }

    private Set<String> currentLineages(long reviewId) {
        return resultAgreements.findByReviewIdAndStatusInOrderById(reviewId, CURRENT).stream()
                .map(ResultAgreement::getLineage).collect(Collectors.toSet());
    }
}
