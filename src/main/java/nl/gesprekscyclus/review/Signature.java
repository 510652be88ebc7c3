package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who signed what and when, with the SHA-256 of the exact content signed and that content itself. */
@Entity
@Immutable
@Table(name = "signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Column(name = "signer_id", nullable = false, updatable = false)
    private Long signerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignatureKind kind;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "signed_content", nullable = false, updatable = false)
    private String signedContent;

    protected Signature() {
    }

    Signature(Long reviewId, Long signerId, SignatureKind kind, Instant signedAt, SignedContent content) {
        this.reviewId = reviewId;
        this.signerId = signerId;
        this.kind = kind;
        this.signedAt = signedAt;
        this.contentHash = content.hash();
        this.signedContent = content.json();
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getSignerId() {
        return signerId;
    }

    public SignatureKind getKind() {
        return kind;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSignedContent() {
        return signedContent;
    }
}
