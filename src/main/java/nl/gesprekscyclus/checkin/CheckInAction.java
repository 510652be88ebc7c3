package nl.gesprekscyclus.checkin;

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

/** A follow-up action agreed in a check-in: what, whose, by when; done or not; reminded once. */
@Entity
@Table(name = "check_in_action")
public class CheckInAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionOwner owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected CheckInAction() {
    }

    CheckInAction(Long reviewId, String text, ActionOwner owner, LocalDate dueOn) {
        this.reviewId = reviewId;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void done(boolean done, String by, Instant at) {
        this.doneAt = done ? at : null;
        this.doneBy = done ? by : null;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getText() {
        return text;
    }

    public ActionOwner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
