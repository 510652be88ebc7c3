package nl.gesprekscyclus.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder or escalation for a person (or for everyone with a role, e.g. HR) about a task in a review. The
 * in-app bell and the e-mails read these; the dedup key makes a repeated timer job harmless.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_employee_id")
    private Long recipientEmployeeId;

    @Column(name = "recipient_role")
    private String recipientRole;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "task_key", nullable = false)
    private String taskKey;

    @Column(name = "task_assignee")
    private String taskAssignee;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dedup_key", nullable = false)
    private String dedupKey;

    /** The engine task this is about: when it is completed or cancelled, the notification is done. */
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "task_ended_at")
    private Instant taskEndedAt;

    /** The manager a substitute's copy is meant for ("namens"); null when the notification is the recipient's own. */
    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;

    protected Notification() {
    }

    Notification(Long recipientEmployeeId, String recipientRole, Long reviewId, NotificationKind kind, String taskKey,
            String taskId, String taskAssignee, Instant dueAt, Instant createdAt, String dedupKey) {
        this.taskId = taskId;
        this.recipientEmployeeId = recipientEmployeeId;
        this.recipientRole = recipientRole;
        this.reviewId = reviewId;
        this.kind = kind;
        this.taskKey = taskKey;
        this.taskAssignee = taskAssignee;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.dedupKey = dedupKey;
    }

    Notification onBehalfOf(Long managerId) {
        this.onBehalfOfId = managerId;
        return this;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientEmployeeId() {
        return recipientEmployeeId;
    }

    public String getRecipientRole() {
        return recipientRole;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getTaskAssignee() {
        return taskAssignee;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getTaskId() {
        return taskId;
    }

    /** When the task this is about was completed or cancelled; null while it is open. */
    public Instant getTaskEndedAt() {
        return taskEndedAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
