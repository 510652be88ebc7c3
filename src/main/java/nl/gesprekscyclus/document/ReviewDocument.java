package nl.gesprekscyclus.document;

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

/**
 * A signed document of a review as it was made: the PDF, its SHA-256, the canonical data it was made from and
 * that data's SHA-256. Never changed once stored (the database refuses update and delete).
 */
@Entity
@Immutable
@Table(name = "review_document")
class ReviewDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "source_data", nullable = false, updatable = false)
    private String sourceData;

    @Column(name = "source_hash", nullable = false, updatable = false)
    private String sourceHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewDocument() {
    }

    ReviewDocument(Long reviewId, DocumentKind kind, byte[] content, String contentHash, String sourceData,
            String sourceHash, Instant createdAt) {
        this.reviewId = reviewId;
        this.kind = kind;
        this.content = content.clone();
        this.contentHash = contentHash;
        this.sourceData = sourceData;
        this.sourceHash = sourceHash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getReviewId() {
        return reviewId;
    }

    DocumentKind getKind() {
        return kind;
    }

    byte[] getContent() {
        return content.clone();
    }

    String getContentHash() {
        return contentHash;
    }

    String getSourceData() {
        return sourceData;
    }

    String getSourceHash() {
        return sourceHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
