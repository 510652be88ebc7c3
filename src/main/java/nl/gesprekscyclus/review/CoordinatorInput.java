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

/**
 * What a coordinator (informant) wrote about a colleague: on one agreement, one competency, or in general.
 * Stored as written and shown as input, never as a judgement.
 */
@Entity
@Table(name = "coordinator_input")
public class CoordinatorInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewPhase phase;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "agreement_lineage")
    private String agreementLineage;

    @Column(name = "competency_code")
    private String competencyCode;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CoordinatorInput() {
    }

    CoordinatorInput(Long reviewId, ReviewPhase phase, Long authorId, String agreementLineage, String competencyCode,
            String text, Instant createdAt) {
        this.reviewId = reviewId;
        this.phase = phase;
        this.authorId = authorId;
        this.agreementLineage = agreementLineage;
        this.competencyCode = competencyCode;
        this.text = text;
        this.createdAt = createdAt;
    }

    public ReviewPhase getPhase() {
        return phase;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAgreementLineage() {
        return agreementLineage;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
