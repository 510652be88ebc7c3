package nl.gesprekscyclus.checkin;

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
 * The shared part of one check-in: when, who took part, what was talked about, how the agreements it touched stand,
 * the follow-up actions, and what either party added afterwards. Private notes are not part of it
 * ({@link PrivateNote}): whatever reads a check-in cannot reach another person's note by accident.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String participants;

    @Column(nullable = false)
    private String topics;

    @Column(name = "recorded_by_id", nullable = false)
    private Long recordedById;

    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "check_in_id", nullable = false)
    @OrderBy("id")
    private List<CheckInAgreement> agreements = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "check_in_id", nullable = false)
    @OrderBy("id")
    private List<CheckInAction> actions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "check_in_id", nullable = false)
    @OrderBy("id")
    private List<CheckInEntry> entries = new ArrayList<>();

    @Version
    private long version;

    protected CheckIn() {
    }

    CheckIn(Long reviewId, LocalDate heldOn, String participants, String topics, Long recordedById,
            Long onBehalfOfId, String recordedByName, Instant recordedAt) {
        this.reviewId = reviewId;
        this.heldOn = heldOn;
        this.participants = participants;
        this.topics = topics;
        this.recordedById = recordedById;
        this.onBehalfOfId = onBehalfOfId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    void touch(String lineage, AgreementProgress status) {
        agreements.add(new CheckInAgreement(reviewId, lineage, status));
    }

    void plan(String text, ActionOwner owner, LocalDate dueOn) {
        actions.add(new CheckInAction(reviewId, text, owner, dueOn));
    }

    void add(Long authorId, String authorName, String text, Instant at) {
        entries.add(new CheckInEntry(reviewId, authorId, authorName, text, at));
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public String getTopics() {
        return topics;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<CheckInAgreement> getAgreements() {
        return List.copyOf(agreements);
    }

    public List<CheckInAction> getActions() {
        return List.copyOf(actions);
    }

    public List<CheckInEntry> getEntries() {
        return List.copyOf(entries);
    }

    public long getVersion() {
        return version;
    }
}
