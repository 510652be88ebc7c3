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
 * and ratings per competency are their own records), HR's advice when the judgement is below voldoende and when
 * the manager weighed it, the second assessor's opinion (agreed, or a comment), the hand-over moment from which
 * the zienswijze term runs, and the decision on a zienswijze.
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

    @Column(name = "hr_advice_weighed_at")
    private Instant hrAdviceWeighedAt;

    @Column(name = "second_assessor_id")
    private Long secondAssessorId;

    @Column(name = "second_opinion_agreed")
    private Boolean secondOpinionAgreed;

    @Column(name = "second_opinion_comment")
    private String secondOpinionComment;

    @Column(name = "second_opinion_at")
    private Instant secondOpinionAt;

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

    /** A changed overall judgement (after HR's advice, or a zienswijze); when it was first written stays. */
    void rejudge(String overallJudgement, String consequence, String reasons) {
        this.overallJudgement = overallJudgement;
        this.consequence = consequence;
        this.reasons = reasons;
    }

    /** The manager has read HR's advice and kept or changed the judgement (written before with {@link #write}). */
    void weighed(Instant at) {
        this.hrAdviceWeighedAt = at;
    }

    void secondOpinion(Long secondAssessorId, boolean agreed, String comment, Instant at) {
        this.secondAssessorId = secondAssessorId;
        this.secondOpinionAgreed = agreed;
        this.secondOpinionComment = comment;
        this.secondOpinionAt = at;
    }

    /**
     * This assessment as the employee reads it when HR's advice is advice to the manager only: the same, without
     * the advice and who gave it (a copy for reading; the stored assessment keeps them for HR and the manager).
     */
    Assessment withoutHrAdvice() {
        Assessment copy = new Assessment(reviewId);
        copy.id = id;
        copy.overallJudgement = overallJudgement;
        copy.consequence = consequence;
        copy.reasons = reasons;
        copy.hrAdviceRequired = hrAdviceRequired;
        copy.hrAdvisedAt = hrAdvisedAt;
        copy.hrAdviceWeighedAt = hrAdviceWeighedAt;
        copy.secondAssessorId = secondAssessorId;
        copy.secondOpinionAgreed = secondOpinionAgreed;
        copy.secondOpinionComment = secondOpinionComment;
        copy.secondOpinionAt = secondOpinionAt;
        copy.writtenAt = writtenAt;
        copy.handedOverAt = handedOverAt;
        copy.responseTermEnd = responseTermEnd;
        copy.decisionChanged = decisionChanged;
        copy.decisionReasons = decisionReasons;
        copy.decidedAt = decidedAt;
        copy.version = version;
        return copy;
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

    public Instant getHrAdvisedAt() {
        return hrAdvisedAt;
    }

    public Instant getHrAdviceWeighedAt() {
        return hrAdviceWeighedAt;
    }

    public Long getSecondAssessorId() {
        return secondAssessorId;
    }

    /** Whether the second assessor agreed; null when nobody was consulted (yet). */
    public Boolean getSecondOpinionAgreed() {
        return secondOpinionAgreed;
    }

    public String getSecondOpinionComment() {
        return secondOpinionComment;
    }

    public Instant getSecondOpinionAt() {
        return secondOpinionAt;
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
