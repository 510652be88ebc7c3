package nl.gesprekscyclus.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.RoleHolders;
import nl.gesprekscyclus.security.Roles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications (new task, reminder, escalation), once each: the same kind for the same task and
 * recipient is recorded one time, however often a timer job is retried. With each one, in the same transaction
 * as the engine step, its mails go into the outbox (one per person; for a role, one per holder), held for the
 * daily digest for people who chose one. Sending happens later, outside the step.
 */
@Component
@Transactional
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final OrganisationDirectory directory;
    private final RoleHolders roleHolders;
    private final MailOutbox outbox;
    private final SubstituteRecipients substitutes;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationSettingRepository settings,
            OrganisationDirectory directory, RoleHolders roleHolders, MailOutbox outbox,
            SubstituteRecipients substitutes, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.directory = directory;
        this.roleHolders = roleHolders;
        this.outbox = outbox;
        this.substitutes = substitutes;
        this.clock = clock;
    }

    /**
     * @param recipientPersonnelNumber a person, or null when {@code recipientRole} is set
     * @param taskId                   the engine's task id, part of the dedup key
     * @return false when this notification was recorded before (or the person is unknown)
     */
    public boolean notifyPerson(String recipientPersonnelNumber, long reviewId, NotificationKind kind, String taskKey,
            String taskId, String taskAssignee, Instant due) {
        return notifyPerson(recipientPersonnelNumber, reviewId, kind, taskKey, taskId, null, taskAssignee, due);
    }

    /**
     * As {@link #notifyPerson(String, long, NotificationKind, String, String, String, Instant)}, once per occasion
     * rather than once per task: HR's reminder from Voortgang may be sent again the next day.
     *
     * @param occasion part of the dedup key (e.g. "hr/2026-03-02"), not of the task id
     */
    public boolean notifyPerson(String recipientPersonnelNumber, long reviewId, NotificationKind kind, String taskKey,
            String taskId, String occasion, String taskAssignee, Instant due) {
        Long recipient = directory.employeeIdByPersonnelNumber(recipientPersonnelNumber).orElse(null);
        if (recipient == null) {
            return false;
        }
        boolean recorded = record(recipient, null, null, reviewId, kind, taskKey, taskId, occasion, taskAssignee, due);
        if (recorded && kind.passesToSubstitutes()) {
            // whoever acts for the recipient today hears it too, "namens" them, so nothing waits on an absent manager
            for (Long substitute : substitutes.of(recipient, reviewId)) {
                record(substitute, null, recipient, reviewId, kind, taskKey, taskId, occasion, taskAssignee, due);
            }
        }
        return recorded;
    }

    public boolean notifyRole(String role, long reviewId, NotificationKind kind, String taskKey, String taskId,
            String taskAssignee, Instant due) {
        return record(null, role, null, reviewId, kind, taskKey, taskId, null, taskAssignee, due);
    }

    /**
     * The engine completed or cancelled a task: its notifications are done, so the bell no longer shows them as a
     * new, pending or late task, nor counts them as unread.
     */
    public void taskEnded(String taskId) {
        notifications.taskEnded(taskId, clock.instant());
    }

    /**
     * A new task: to its assignee, or for a group task to everyone holding the group's role (only roles a
     * person can be given, i.e. HR or ADMIN, are groups).
     */
    public void taskCreated(String assignee, Collection<String> candidateGroups, long reviewId, String taskKey,
            String taskId, Instant due) {
        if (assignee != null) {
            notifyPerson(assignee, reviewId, NotificationKind.TASK_ASSIGNED, taskKey, taskId, assignee, due);
            return;
        }
        candidateGroups.stream().filter(Roles.ASSIGNABLE::contains).distinct()
                .forEach(role -> notifyRole(role, reviewId, NotificationKind.TASK_ASSIGNED, taskKey, taskId, null, due));
    }

    /**
     * The name of what a notification is about when it is no process task (a check-in's follow-up action:
     * {@code task.checkInAction}); the key itself when the bundle has no name for it.
     */
    public static String otherTaskName(String taskKey, java.util.Locale language) {
        String name = nl.gesprekscyclus.base.i18n.Messages.get(language, "task." + taskKey);
        return name.startsWith("!") ? taskKey : name;
    }

    @Transactional(readOnly = true)
    public List<Notification> ofReview(long reviewId) {
        return notifications.findByReviewIdOrderById(reviewId);
    }

    /** @param onBehalfOf the manager a substitute's copy is meant for; null for the recipient's own */
    private boolean record(Long recipient, String role, Long onBehalfOf, long reviewId, NotificationKind kind,
            String taskKey, String taskId, String occasion, String taskAssignee, Instant due) {
        String dedup = kind + ":" + taskId + (occasion == null ? "" : "/" + occasion) + ":"
                + (recipient != null ? "e" + recipient : "r" + role) + (onBehalfOf == null ? "" : "/for" + onBehalfOf);
        if (notifications.existsByDedupKey(dedup)) {
            return false;
        }
        Instant now = clock.instant();
        Notification saved = notifications.save(new Notification(recipient, role, reviewId, kind, taskKey, taskId,
                taskAssignee, due, now, dedup).onBehalfOf(onBehalfOf));
        List<Long> people = recipient != null ? List.of(recipient) : roleHolders.employeeIds(role);
        for (Long person : people) {
            boolean digest = settings.findById(person).map(NotificationSetting::isDailyDigest).orElse(false);
            outbox.add(saved.getId(), person, kind, digest ? MailStatus.HELD : MailStatus.PENDING, now);
        }
        return true;
    }
}
