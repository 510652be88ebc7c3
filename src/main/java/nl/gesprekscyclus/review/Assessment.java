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
 * The manager's beoordeling: overall judgement with its consequence and reasons (the scores per agreement
 * and ratings per competency are their own records), HR's advice when the judgement is below voldoende,
 * the hand-over moment from which the zienswijze term runs, and the decision on a zienswijze.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "overall_judgement", nullable = false)
    private String overallJudgement;

    @Column(nullable = false)
    private String consequence;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "hr_advice_required", nullable = false)
    private boolean hrAdviceRequired;

    @Column(name = "hr_advice")
    private String hrAdvice;

    @Column(name = "hr_adviser")
    private String hrAdviser;

    @Column(name = "hr_advised_at")
    private Instant hrAdvisedAt;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "response_term_end")
    private Instant responseTermEnd;

    @Column(name = "decision_changed")
    private Boolean decisionChanged;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(Long reviewId) {
        this.reviewId = reviewId;
    }

    void write(String overallJudgement, String consequence, String reasons, boolean hrAdviceRequired, Instant at) {
        this.overallJudgement = overallJudgement;
        this.consequence = consequence;
        this.reasons = reasons;
        this.hrAdviceRequired = hrAdviceRequired;
        this.writtenAt = at;
    }

    void advise(String advice, String adviser, Instant at) {
        this.hrAdvice = advice;
        this.hrAdviser = adviser;
        this.hrAdvisedAt = at;
    }

    void handOver(Instant at, Instant termEnd) {
        this.handedOverAt = at;
        this.responseTermEnd = termEnd;
    }

    void decide(boolean changed, String reasons, Instant at) {
        this.decisionChanged = changed;
        this.decisionReasons = reasons;
        this.decidedAt = at;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getOverallJudgement() {
        return overallJudgement;
    }

    public String getConsequence() {
        return consequence;
    }

    public String getReasons() {
        return reasons;
    }

    public boolean isHrAdviceRequired() {
        return hrAdviceRequired;
    }

    public String getHrAdvice() {
        return hrAdvice;
    }

    public String getHrAdviser() {
        return hrAdviser;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public Instant getResponseTermEnd() {
        return responseTermEnd;
    }

    public Boolean getDecisionChanged() {
        return decisionChanged;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
