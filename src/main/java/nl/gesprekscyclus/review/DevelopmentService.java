package nl.gesprekscyclus.review;

import java.time.Clock;
import java.time.LocalDate;
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
 * The development conversation (ontwikkelgesprek) that ends a year without a formal assessment (issue 19, item 3):
 * the employee prepares, the manager records the conversation and signs it, the employee signs it as seen ("voor
 * gezien"), with a remark if they wish; that closes the review and the record is final. No judgement, no
 * consequence, no HR advice, no zienswijze term. Each step only while its task is open ({@link ReviewAccess}); a
 * refused input saves nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class DevelopmentService {

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final DevelopmentConversationRepository conversations;
    private final Signatures signatures;
    private final AuditTrail audit;
    private final Clock clock;

    DevelopmentService(ReviewAccess access, ReviewProcess process, DevelopmentConversationRepository conversations,
            Signatures signatures, AuditTrail audit, Clock clock) {
        this.access = access;
        this.process = process;
        this.conversations = conversations;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employee's preparation: how they look back on the year and what they would like to develop. */
    public DevelopmentConversation prepare(long reviewId, String preparation) {
        Acting acting = access.forTask(reviewId, ReviewTask.DEVELOPMENT_PREPARATION);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "preparation", preparation, AgreementRules.MAX_LONG_TEXT);
        refuse(violations);
        DevelopmentConversation conversation = of(reviewId);
        conversation.prepare(preparation.strip(), clock.instant());
        conversation = conversations.save(conversation);
        process.complete(acting.review(), ReviewTask.DEVELOPMENT_PREPARATION, Map.of());
        audit.record("review.development.prepare", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
        return conversation;
    }

    /**
     * The manager records the conversation and signs the record; the employee signs it as seen next.
     *
     * @param ownContribution what the employee does themselves; may be empty
     */
    public Signature record(long reviewId, LocalDate conversationDate, String lookingBack,
            String developmentAgreements, String ownContribution) {
        Acting acting = access.forTask(reviewId, ReviewTask.DEVELOPMENT_CONVERSATION);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.conversationDate(violations, conversationDate, LocalDate.now(clock));
        AgreementRules.required(violations, "lookingBack", lookingBack, AgreementRules.MAX_LONG_TEXT);
        AgreementRules.required(violations, "developmentAgreements", developmentAgreements,
                AgreementRules.MAX_LONG_TEXT);
        AgreementRules.optional(violations, "ownContribution", ownContribution, AgreementRules.MAX_LONG_TEXT);
        refuse(violations);
        Review review = acting.review();
        DevelopmentConversation conversation = of(reviewId);
        conversation.record(acting.inNameOf(Party.MANAGER), conversationDate, lookingBack.strip(),
                developmentAgreements.strip(), blankToNull(ownContribution), clock.instant());
        conversations.save(conversation);
        Signature signed = signatures.sign(review, acting.personId(), acting.onBehalfOf(Party.MANAGER),
                SignatureKind.RECORD_DEVELOPMENT, conversation.content(review));
        process.complete(review, ReviewTask.DEVELOPMENT_CONVERSATION, Map.of());
        audit.record("review.development.record", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                "hash " + signed.getContentHash());
        return signed;
    }

    /**
     * The employee signs the record as seen ("voor gezien": having seen it, which is not agreeing with every word),
     * with a remark if they wish. The review closes; the record is final and read-only from then on.
     */
    public Signature acknowledge(long reviewId, String employeeComment) {
        Acting acting = access.forTask(reviewId, ReviewTask.ACKNOWLEDGE_DEVELOPMENT);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.optional(violations, "employeeComment", employeeComment, AgreementRules.MAX_LONG_TEXT);
        refuse(violations);
        Review review = acting.review();
        DevelopmentConversation conversation = conversations.findByReviewId(reviewId).orElseThrow(
                () -> new IllegalStateException("review " + reviewId + " has no recorded development conversation"));
        conversation.acknowledge(blankToNull(employeeComment), clock.instant());
        conversations.save(conversation);
        Signature signed = signatures.sign(review, acting.personId(), null, SignatureKind.ACKNOWLEDGE_DEVELOPMENT,
                conversation.seen(review));
        process.complete(review, ReviewTask.ACKNOWLEDGE_DEVELOPMENT, Map.of());
        audit.record("review.development.acknowledge", "review " + reviewId, review.getEmployeeId(),
                AuditTrail.SUCCESS, "hash " + signed.getContentHash());
        return signed;
    }

    private DevelopmentConversation of(long reviewId) {
        return conversations.findByReviewId(reviewId).orElseGet(() -> new DevelopmentConversation(reviewId));
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
