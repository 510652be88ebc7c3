package nl.gesprekscyclus.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.review.SignatureKind;
import nl.gesprekscyclus.review.SignedContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and stores the signed documents of a review. Called by a process step once the agreements are agreed
 * and once the assessment is signed off (no user logged in; the engine retries a failed attempt, so a document
 * is not lost when making it fails once). Storing is idempotent: a document that exists is never made again.
 */
@Component
@Transactional
public class DocumentArchive {

    private static final Logger log = LoggerFactory.getLogger(DocumentArchive.class);

    private final ReviewRecords records;
    private final DocumentContents contents;
    private final DocumentPdf pdf;
    private final ReviewDocumentRepository documents;
    private final AuditTrail audit;

    DocumentArchive(ReviewRecords records, DocumentContents contents, DocumentPdf pdf,
            ReviewDocumentRepository documents, AuditTrail audit) {
        this.records = records;
        this.contents = contents;
        this.pdf = pdf;
        this.documents = documents;
        this.audit = audit;
    }

    /** Whether a stored document is still what it was: the PDF matches its hash, the data matches its hash. */
    public record Check(boolean pdfIntact, boolean sourceIntact) {
    }

    /**
     * Makes the document from the review as it is now and stores it, unless it exists already.
     *
     * @param now the moment of making (the engine's clock, as for the other process steps)
     * @throws IllegalStateException when the review has not been signed for this document (yet)
     */
    public StoredDocument store(long reviewId, DocumentKind kind, Instant now) {
        Optional<ReviewDocument> existing = documents.findByReviewIdAndKind(reviewId, kind);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        ReviewRecords.Complete record = records.complete(reviewId);
        SignatureKind required = kind.signature();
        if (record.dossier().signatures().stream().noneMatch(s -> s.getKind() == required)) {
            throw new IllegalStateException("review " + reviewId + " has no " + required + " signature for its "
                    + kind + " document");
        }
        DocumentData data = contents.of(kind, record);
        SignedContent source = SignedContent.of(data);
        byte[] bytes = pdf.render(DocumentHtml.render(data, now));
        ReviewDocument stored = documents.save(new ReviewDocument(reviewId, kind, bytes, sha256(bytes), source.json(),
                source.hash(), now));
        audit.record("(system)", "document.store", "review " + reviewId, record.dossier().review().getEmployeeId(),
                AuditTrail.SUCCESS, null, kind + " hash " + stored.getContentHash());
        log.info("Stored the {} document of review {} ({} bytes)", kind, reviewId, bytes.length);
        return summary(stored);
    }

    /** Checks a stored document against its own hashes. */
    @Transactional(readOnly = true)
    public Optional<Check> check(long reviewId, DocumentKind kind) {
        return documents.findByReviewIdAndKind(reviewId, kind).map(d -> new Check(
                sha256(d.getContent()).equals(d.getContentHash()),
                SignedContent.sha256(d.getSourceData()).equals(d.getSourceHash())));
    }

    /** The hash the document's data would have if it were made from the review now: equal while nothing changed. */
    @Transactional(readOnly = true)
    public String currentSourceHash(long reviewId, DocumentKind kind) {
        return SignedContent.of(contents.of(kind, records.complete(reviewId))).hash();
    }

    static StoredDocument summary(ReviewDocument d) {
        return new StoredDocument(d.getKind(), d.getCreatedAt(), d.getContentHash(), d.getSourceHash());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
