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

/**
 * A change of the agreed agreements by mutual consent, proposed by the employee or the manager and decided
 * by the other. The proposal (JSON of {@link AgreementChangeProposal}) is kept as proposed.
 */
@Entity
@Table(name = "agreement_change")
public class AgreementChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "proposed_by_id", nullable = false)
    private Long proposedById;

    @Column(name = "decider_id", nullable = false)
    private Long deciderId;

    @Column(nullable = false)
    private String proposal;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    private long version;

    protected AgreementChange() {
    }

    AgreementChange(Long reviewId, Long proposedById, Long deciderId, String proposal, String reason, Instant at) {
        this.reviewId = reviewId;
        this.proposedById = proposedById;
        this.deciderId = deciderId;
        this.proposal = proposal;
        this.reason = reason;
        this.status = ChangeStatus.OPEN;
        this.proposedAt = at;
    }

    void decide(boolean accepted, String decisionReason, Instant at) {
        this.status = accepted ? ChangeStatus.ACCEPTED : ChangeStatus.REJECTED;
        this.decisionReason = decisionReason;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getProposedById() {
        return proposedById;
    }

    public Long getDeciderId() {
        return deciderId;
    }

    public String getProposal() {
        return proposal;
    }

    /** The proposal as it was made: which agreements change, are added or are taken out. */
    public AgreementChangeProposal proposed() {
        return AgreementChangeService.read(proposal);
    }

    public String getReason() {
        return reason;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
