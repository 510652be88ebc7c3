package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A score on one result agreement at the assessment (the configured scale), by the employee or the manager. */
@Entity
@Table(name = "agreement_score")
public class AgreementScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RatingSource source;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "agreement_lineage", nullable = false)
    private String agreementLineage;

    @Column(name = "score_code", nullable = false)
    private String scoreCode;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected AgreementScore() {
    }

    AgreementScore(Long reviewId, RatingSource source, Long authorId, String agreementLineage) {
        this.reviewId = reviewId;
        this.source = source;
        this.authorId = authorId;
        this.agreementLineage = agreementLineage;
    }

    void update(String scoreCode, String comment, Instant at) {
        this.scoreCode = scoreCode;
        this.comment = comment;
        this.createdAt = at;
    }

    /** Records who saved it (a display name); the time is the one {@code update} just set. */
    void changedBy(String name) {
        this.changedBy = name;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** When it was saved last: every save sets it. */
    public Instant getChangedAt() {
        return createdAt;
    }

    /** The optimistic-locking version, for a form to send back with its save. */
    public long getVersion() {
        return version;
    }

    public RatingSource getSource() {
        return source;
    }

    public String getAgreementLineage() {
        return agreementLineage;
    }

    public String getScoreCode() {
        return scoreCode;
    }

    public String getComment() {
        return comment;
    }
}
