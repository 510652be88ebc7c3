package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What result and development agreements share: one row is one version of an agreement. All versions of an
 * agreement share a lineage; an accepted change makes a new row with the next version number and marks the
 * old one SUPERSEDED (or REMOVED), so every version stays readable.
 */
@MappedSuperclass
public abstract class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String lineage;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "change_id")
    private Long changeId;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected AgreementVersion() {
    }

    protected AgreementVersion(Long reviewId, String lineage, int versionNumber, AgreementStatus status,
            String createdBy, Instant createdAt, Long changeId) {
        this.reviewId = reviewId;
        this.lineage = lineage;
        this.versionNumber = versionNumber;
        this.status = status;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.changeId = changeId;
    }

    /** Who saved this version last (a display name) and when: told to a second session that saves a stale copy. */
    void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The name of who saved last; for rows saved before this was kept, the login that made the row. */
    public String getChangedBy() {
        return changedBy == null ? createdBy : changedBy;
    }

    public Instant getChangedAt() {
        return changedAt == null ? createdAt : changedAt;
    }

    void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getLineage() {
        return lineage;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getChangeId() {
        return changeId;
    }

    /** The optimistic-locking version of this row (not the agreement's version number). */
    public long getVersion() {
        return version;
    }
}
