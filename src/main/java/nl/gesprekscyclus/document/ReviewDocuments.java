package nl.gesprekscyclus.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.HrContentAccess;
import nl.gesprekscyclus.review.LineContentAccess;
import nl.gesprekscyclus.review.Party;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.review.ReviewRelations;
import nl.gesprekscyclus.review.ReviewRules;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.review.SignatureKind;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed documents of a review, for the people who may have them: the employee, their manager, the second
 * assessor and the signer from their step on ({@link LineContentAccess}), and HR when it may read the review's
 * content (an open HR advice task or its own dossier opening, {@link HrContentAccess}).
 * Anyone else (the coordinator included: they never see the assessment) is refused, logged and audited, and an
 * unknown review is refused the same way. Every download is recorded in the audit trail, HR's marked as such.
 * Someone who signed a step of the assessment (assessed, weighed, decided, consulted, signed off) and no longer has a
 * relation to the review (the employee moved to another manager during the year) keeps the signed assessment, and
 * only that (issue 16): {@link #signedEarlier()} lists those documents, and they may download them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewDocuments {

    private final ReviewRecords records;
    private final ReviewDocumentRepository documents;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final HrContentAccess hrContent;
    private final LineContentAccess lineContent;
    private final OrganisationDirectory directory;
    private final ReviewRelations relations;

    ReviewDocuments(ReviewRecords records, ReviewDocumentRepository documents, CurrentUser currentUser,
            AccessRefusals refusals, AuditTrail audit, HrContentAccess hrContent, LineContentAccess lineContent,
            OrganisationDirectory directory, ReviewRelations relations) {
        this.relations = relations;
        this.hrContent = hrContent;
        this.lineContent = lineContent;
        this.directory = directory;
        this.records = records;
        this.documents = documents;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
    }

    /**
     * The review's stored documents (without their bytes), oldest first. The coordinator of the review gets an
     * empty list (they see the review screen, not the signed documents); strangers are refused.
     */
    public List<StoredDocument> available(long reviewId) {
        return listable(reviewId).map(r -> documents.summaries(reviewId)).orElse(List.of());
    }

    /**
     * The review's documents as the review screen lists them, for the same people as {@link #available}: each
     * stored one with who signed it and when, and each that is signed but still being made (the PDF is made in the
     * background after the signature), so the screen can say so instead of showing nothing.
     */
    public List<DocumentLine> lines(long reviewId) {
        Optional<Review> listable = listable(reviewId);
        if (listable.isEmpty()) {
            return List.of();
        }
        Review review = listable.get();
        Map<DocumentKind, StoredDocument> stored = documents.summaries(reviewId).stream()
                .collect(Collectors.toMap(StoredDocument::kind, Function.identity(), (a, b) -> a));
        List<Signature> signed = records.signatures(reviewId);
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            Optional<Signature> signature = signed.stream().filter(s -> s.getKind() == kind.signature()).findFirst();
            if (signature.isEmpty() && !stored.containsKey(kind)) {
                continue; // not signed: there is no such document yet, nor one being made
            }
            String signer = signature.map(this::signerName).orElse(null);
            lines.add(new DocumentLine(kind, review.getYear(), signer,
                    signature.map(Signature::getSignedAt).orElse(null), stored.get(kind)));
        }
        return lines;
    }

    /** "Name", or "Name namens Manager" when a substitute signed; null when the signer is no longer known. */
    private String signerName(Signature s) {
        String signer = directory.employee(s.getSignerId()).map(EmployeeSummary::fullName).orElse(null);
        if (signer == null || s.getOnBehalfOfId() == null) {
            return signer;
        }
        return signer + " namens " + directory.employee(s.getOnBehalfOfId()).map(EmployeeSummary::fullName)
                .orElse(String.valueOf(s.getOnBehalfOfId()));
    }

    /** The review when the user may list its documents; empty for its coordinator; refused for anyone else. */
    private Optional<Review> listable(long reviewId) {
        AppUser user = currentUser.require();
        Review review = review(reviewId, "list documents");
        if (relations.of(review, user.employeeId(), false).closest() == Party.COORDINATOR && !user.hasRole(Roles.HR)
                && !lineContent.mayRead(review, user.employeeId())) {
            return Optional.empty();
        }
        allowed(review, user, "list documents", null);
        return Optional.of(review);
    }

    /**
     * A signed assessment of a review the user signed a step of but no longer has a relation to, as
     * {@link #signedEarlier()} lists them.
     *
     * @param signedAt when the user last signed a step of it
     */
    public record SignedEarlier(long reviewId, int year, String employee, Instant signedAt, StoredDocument stored) {
    }

    /**
     * The signed assessments of reviews the user signed a step of and can no longer open (their former employees'),
     * newest signature first. Their own reviews and the reviews they still have a relation to are not listed: those
     * documents are on the review screen.
     */
    public List<SignedEarlier> signedEarlier() {
        AppUser user = currentUser.require();
        if (user.employeeId() == null) {
            return List.of();
        }
        Map<Long, Signature> lastByReview = new LinkedHashMap<>();
        ownSignatures(user.employeeId()).forEach(s -> lastByReview.put(s.getReviewId(), s));
        List<SignedEarlier> earlier = new ArrayList<>();
        for (Signature signature : lastByReview.values()) {
            Review review = records.review(signature.getReviewId()).orElse(null);
            if (review == null || !formerSigner(review, user.employeeId())) {
                continue;
            }
            documents.summaries(review.getId()).stream().filter(d -> d.kind() == DocumentKind.ASSESSMENT).findFirst()
                    .ifPresent(stored -> earlier.add(new SignedEarlier(review.getId(), review.getYear(),
                            directory.employee(review.getEmployeeId()).map(EmployeeSummary::fullName).orElse(null),
                            signature.getSignedAt(), stored)));
        }
        earlier.sort(Comparator.comparing(SignedEarlier::signedAt).reversed());
        return earlier;
    }

    /** One document to download; recorded in the audit trail. */
    @Transactional
    public DocumentFile download(long reviewId, DocumentKind kind) {
        Allowed allowed = allowed(review(reviewId, "download document"), currentUser.require(), "download document",
                kind);
        ReviewDocument document = documents.findByReviewIdAndKind(reviewId, kind)
                .orElseThrow(() -> new IllegalArgumentException("review " + reviewId + " has no " + kind + " document"));
        audit.record("document.download", "review " + reviewId, allowed.review().getEmployeeId(), AuditTrail.SUCCESS,
                kind + " by " + allowed.as());
        return new DocumentFile(fileName(allowed.review(), kind), document.getContent(), document.getContentHash());
    }

    static String fileName(Review review, DocumentKind kind) {
        String name = kind == DocumentKind.AGREEMENTS ? "afspraken" : "beoordeling";
        return name + "-" + review.getProcessKey().replace('/', '-') + ".pdf";
    }

    /** @param as how the person has the document: their party, or FORMER_SIGNER */
    private record Allowed(Review review, String as) {
    }

    /**
     * The assessment steps the person signed in their own name. What a substitute signed "namens" a manager stays the
     * manager's: the substitute read it for the period only (issue 16, item 3), not as a former signer.
     */
    private List<Signature> ownSignatures(long personId) {
        return records.signaturesBy(personId, DocumentKind.ASSESSMENT.steps()).stream()
                .filter(s -> s.getOnBehalfOfId() == null).toList();
    }

    /**
     * Whether the person signed an assessment step of this review in their own name (not "namens" a manager, see
     * {@link #ownSignatures}): read from this review's signatures, not from everything the person ever signed.
     */
    private boolean signedAStepOf(long reviewId, long personId) {
        Set<SignatureKind> steps = DocumentKind.ASSESSMENT.steps();
        return records.signatures(reviewId).stream().anyMatch(s -> Long.valueOf(personId).equals(s.getSignerId())
                && steps.contains(s.getKind()) && s.getOnBehalfOfId() == null);
    }

    private boolean formerSigner(Review review, long personId) {
        Set<Party> parties = ReviewRules.partiesOf(review, personId, false);
        return !parties.contains(Party.EMPLOYEE) && !parties.contains(Party.MANAGER)
                && !lineContent.mayRead(review, personId);
    }

    private Review review(long reviewId, String action) {
        return records.review(reviewId).orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
    }

    /** @param kind the document asked for; null for the review's list of documents */
    private Allowed allowed(Review review, AppUser user, String action, DocumentKind kind) {
        // a substitute in their period is let in where the manager they act for is
        ReviewRelations.Relations relation = relations.of(review, user.employeeId(), false);
        Party party = relation.closest();
        if (party == Party.EMPLOYEE || party == Party.MANAGER) {
            // a substitute's download says for whom, like every act of theirs (the manager's number, not the name)
            Long forWhom = relation.onBehalfOf().get(party);
            return new Allowed(review, forWhom == null ? party.name() : party.name() + " namens "
                    + directory.employee(forWhom).map(EmployeeSummary::personnelNumber).orElse(String.valueOf(forWhom)));
        }
        // the second assessor and a signer who is not the manager: as for the review itself, from their step on
        // (also when they coordinate the employee too)
        if (lineContent.mayRead(review, user.employeeId())) {
            Set<Party> parties = relation.parties();
            return new Allowed(review, (parties.contains(Party.SECOND_ASSESSOR) ? Party.SECOND_ASSESSOR : Party.SIGNER)
                    .name());
        }
        // a former manager (or second assessor, or signer) keeps the assessment they signed a step of, and only that
        if (kind == DocumentKind.ASSESSMENT && user.employeeId() != null && formerSigner(review, user.employeeId())
                && signedAStepOf(review.getId(), user.employeeId())) {
            return new Allowed(review, "FORMER_SIGNER");
        }
        // a signed document is content: HR has it only where it may read the review (the matrix found HR
        // downloading any review's assessment without a reason)
        if (user.hasRole(Roles.HR) && hrContent.mayRead(review, user.getUsername())) {
            return new Allowed(review, Party.HR.name());
        }
        throw refusals.refuse(action, "review " + review.getId(), review.getEmployeeId());
    }
}
