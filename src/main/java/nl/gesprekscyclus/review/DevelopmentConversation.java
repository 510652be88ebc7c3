package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The development conversation (ontwikkelgesprek) that ends a year without a formal assessment (issue 19, item 3):
 * the employee's preparation, the manager's record of the conversation and the employee's remark when signing it as
 * seen. A look back without scores, development wishes and agreements for the POP: no judgement, no consequence, no
 * HR advice. Final once the employee has signed ({@link #isFinal}); the review closes then.
 */
@Entity
@Table(name = "development_conversation")
public class DevelopmentConversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private Long reviewId;

    /** The employee's preparation: how they look back on the year and what they would like to develop. */
    private String preparation;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    /** The manager who recorded the conversation (for a substitute: the manager they act for). */
    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "conversation_date")
    private LocalDate conversationDate;

    /** A look back at the year's agreements, without scores. */
    @Column(name = "looking_back")
    private String lookingBack;

    /** Development wishes and agreements for the POP (persoonlijk ontwikkelplan). */
    @Column(name = "development_agreements")
    private String developmentAgreements;

    /** What the employee does themselves for it. */
    @Column(name = "own_contribution")
    private String ownContribution;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    /** The employee's remark when signing the record as seen; may be empty. */
    @Column(name = "employee_comment")
    private String employeeComment;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version
    private long version;

    protected DevelopmentConversation() {
    }

    DevelopmentConversation(Long reviewId) {
        this.reviewId = reviewId;
    }

    void prepare(String preparation, Instant at) {
        this.preparation = preparation;
        this.preparedAt = at;
    }

    void record(Long authorId, LocalDate conversationDate, String lookingBack, String developmentAgreements,
            String ownContribution, Instant at) {
        this.authorId = authorId;
        this.conversationDate = conversationDate;
        this.lookingBack = lookingBack;
        this.developmentAgreements = developmentAgreements;
        this.ownContribution = ownContribution;
        this.recordedAt = at;
    }

    void acknowledge(String employeeComment, Instant at) {
        this.employeeComment = employeeComment;
        this.acknowledgedAt = at;
    }

    /** What the manager signs: the record as written, with the preparation it answers. */
    DevelopmentContent content(Review review) {
        return new DevelopmentContent(review.getProcessKey(), review.getYear(), preparation, conversationDate,
                lookingBack, developmentAgreements, ownContribution);
    }

    /** What the employee signs as seen: the manager's record and their own remark. */
    DevelopmentContent.Seen seen(Review review) {
        return new DevelopmentContent.Seen(content(review), employeeComment);
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getPreparation() {
        return preparation;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public LocalDate getConversationDate() {
        return conversationDate;
    }

    public String getLookingBack() {
        return lookingBack;
    }

    public String getDevelopmentAgreements() {
        return developmentAgreements;
    }

    public String getOwnContribution() {
        return ownContribution;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getEmployeeComment() {
        return employeeComment;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    /** Whether the manager has recorded (and signed) the conversation. */
    public boolean isRecorded() {
        return recordedAt != null;
    }

    /** Signed by both: final and read-only. */
    public boolean isFinal() {
        return acknowledgedAt != null;
    }
}
