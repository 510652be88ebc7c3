package nl.gesprekscyclus.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A colleague asked in a request, and what became of it: open, answered (with an answer per item) or declined (with
 * an optional reason). Once answered or declined it does not change.
 */
@Entity
@Table(name = "feedback_askee")
public class FeedbackAskee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", insertable = false, updatable = false)
    private Long requestId;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "giver_id", nullable = false)
    private Long giverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AskeeStatus status = AskeeStatus.OPEN;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "done_at")
    private Instant doneAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "askee_id", nullable = false)
    @OrderBy("id")
    private List<FeedbackAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected FeedbackAskee() {
    }

    FeedbackAskee(Long reviewId, Long giverId) {
        this.reviewId = reviewId;
        this.giverId = giverId;
    }

    void answer(List<FeedbackAnswer> given, Instant at) {
        answers.addAll(given);
        status = AskeeStatus.ANSWERED;
        doneAt = at;
    }

    void decline(String reason, Instant at) {
        declineReason = reason;
        status = AskeeStatus.DECLINED;
        doneAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getGiverId() {
        return giverId;
    }

    public AskeeStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public List<FeedbackAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
