package nl.gesprekscyclus.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One request for feedback about a review: who asked (the employee, the manager, or a substitute "namens" the
 * manager), the question, the items it is about, by when, whether the answers are named or anonymous (chosen before
 * sending, fixed after), and the colleagues asked.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "asked_by_id", nullable = false)
    private Long askedById;

    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;

    @Column(name = "asked_by_name", nullable = false)
    private String askedByName;

    @Column(nullable = false)
    private String question;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("id")
    private List<FeedbackItem> items = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("id")
    private List<FeedbackAskee> askees = new ArrayList<>();

    @Version
    private long version;

    protected FeedbackRequest() {
    }

    FeedbackRequest(Long reviewId, Long askedById, Long onBehalfOfId, String askedByName, String question,
            LocalDate dueOn, boolean anonymous, Instant askedAt) {
        this.reviewId = reviewId;
        this.askedById = askedById;
        this.onBehalfOfId = onBehalfOfId;
        this.askedByName = askedByName;
        this.question = question;
        this.dueOn = dueOn;
        this.anonymous = anonymous;
        this.askedAt = askedAt;
    }

    void about(FeedbackItemKind kind, String subject, String label) {
        items.add(new FeedbackItem(reviewId, kind, subject, label));
    }

    void ask(Long giverId) {
        askees.add(new FeedbackAskee(reviewId, giverId));
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getAskedById() {
        return askedById;
    }

    public String getAskedByName() {
        return askedByName;
    }

    public String getQuestion() {
        return question;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public List<FeedbackItem> getItems() {
        return List.copyOf(items);
    }

    public List<FeedbackAskee> getAskees() {
        return List.copyOf(askees);
    }
}
