package nl.gesprekscyclus.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reminders and escalations, once each: the same kind for the same task and recipient is recorded one
 * time, however often a timer job is retried.
 */
@Component
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final OrganisationDirectory directory;
    private final Clock clock;

    Notifications(NotificationRepository notifications, OrganisationDirectory directory, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * @param recipientPersonnelNumber a person, or null when {@code recipientRole} is set
     * @param taskId                   the engine's task id, part of the dedup key
     */
    public boolean notifyPerson(String recipientPersonnelNumber, long reviewId, NotificationKind kind, String taskKey,
            String taskId, String taskAssignee, Instant due) {
        Long recipient = directory.employeeByPersonnelNumber(recipientPersonnelNumber).map(e -> e.id()).orElse(null);
        if (recipient == null) {
            return false;
        }
        return record(recipient, null, reviewId, kind, taskKey, taskId, taskAssignee, due);
    }

    public boolean notifyRole(String role, long reviewId, NotificationKind kind, String taskKey, String taskId,
            String taskAssignee, Instant due) {
        return record(null, role, reviewId, kind, taskKey, taskId, taskAssignee, due);
    }

    @Transactional(readOnly = true)
    public List<Notification> ofReview(long reviewId) {
        return notifications.findByReviewIdOrderById(reviewId);
    }

    private boolean record(Long recipient, String role, long reviewId, NotificationKind kind, String taskKey,
            String taskId, String taskAssignee, Instant due) {
        String dedup = kind + ":" + taskId + ":" + (recipient != null ? "e" + recipient : "r" + role);
        if (notifications.existsByDedupKey(dedup)) {
            return false;
        }
        notifications.save(new Notification(recipient, role, reviewId, kind, taskKey, taskAssignee, due,
                clock.instant(), dedup));
        return true;
    }
}
