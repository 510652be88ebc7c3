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

    /** The manager a substitute signed for ("namens"); null when the signer signed for themselves. */
    @Column(name = "on_behalf_of_id", updatable = false)
    private Long onBehalfOfId;

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

    Signature(Long reviewId, Long signerId, Long onBehalfOfId, SignatureKind kind, Instant signedAt,
            SignedContent content) {
        this.reviewId = reviewId;
        this.signerId = signerId;
        this.onBehalfOfId = onBehalfOfId;
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

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    /** Whether one of these people signed it, or it was signed for one of them. */
    public boolean signedByOrFor(java.util.Collection<Long> people) {
        return people.contains(signerId) || onBehalfOfId != null && people.contains(onBehalfOfId);
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
