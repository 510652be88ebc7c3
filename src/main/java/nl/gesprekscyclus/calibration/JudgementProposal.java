package nl.gesprekscyclus.calibration;

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
 * A changed overall judgement proposed in a calibration session for one review, with why, by whom and when, and the
 * review manager's decision on it: confirmed (they then write that judgement) or declined with a reason.
 */
@Entity
@Table(name = "calibration_judgement_proposal")
class JudgementProposal {

    enum Status {
        PROPOSED,
        CONFIRMED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "old_judgement")
    private String oldJudgement;

    @Column(name = "proposed_judgement", nullable = false)
    private String proposedJudgement;

    @Column(nullable = false)
    private String reason;

    @Column(name = "proposed_by_id", nullable = false)
    private Long proposedById;

    @Column(name = "proposed_by_name", nullable = false)
    private String proposedByName;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by_id")
    private Long decidedById;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected JudgementProposal() {
    }

    JudgementProposal(long sessionId, long reviewId, String oldJudgement, String proposedJudgement, String reason,
            long by, String byName, Instant at) {
        this.sessionId = sessionId;
        this.reviewId = reviewId;
        this.oldJudgement = oldJudgement;
        this.proposedJudgement = proposedJudgement;
        this.reason = reason;
        this.proposedById = by;
        this.proposedByName = byName;
        this.proposedAt = at;
        this.status = Status.PROPOSED;
    }

    void decide(boolean confirmed, String reason, long by, String byName, Instant at) {
        this.status = confirmed ? Status.CONFIRMED : Status.DECLINED;
        this.decisionReason = reason;
        this.decidedById = by;
        this.decidedByName = byName;
        this.decidedAt = at;
    }

    Proposal view() {
        return new Proposal(id, sessionId, reviewId, oldJudgement, proposedJudgement, reason, proposedByName,
                proposedAt, status.name(), decidedByName, decisionReason, decidedAt);
    }

    Long getId() {
        return id;
    }

    Long getSessionId() {
        return sessionId;
    }

    Long getReviewId() {
        return reviewId;
    }

    String getProposedJudgement() {
        return proposedJudgement;
    }

    Status getStatus() {
        return status;
    }
}
