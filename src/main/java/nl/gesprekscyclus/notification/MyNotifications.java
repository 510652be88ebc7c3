package nl.gesprekscyclus.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell: the logged-in person's notifications (their own, and those for a role they hold, such as a group
 * task for HR), read state, and their choice between a mail per notification and one digest a day. A role's
 * notification is shared: one HR member marking it read marks it for the team.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyNotifications {

    static final int SHOWN = 50;
    /** a value no employee id or role has: keeps the queries valid for an operator without personnel record */
    private static final long NOBODY = -1L;

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final MailOutbox outbox;
    private final ReviewSubjects subjects;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    MyNotifications(NotificationRepository notifications, NotificationSettingRepository settings, MailOutbox outbox,
            ReviewSubjects subjects, OrganisationDirectory directory, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.outbox = outbox;
        this.subjects = subjects;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Unread notifications about tasks that are still open (a finished task needs nobody's attention). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        AppUser me = currentUser.require();
        return notifications.unreadFor(employee(me), roles(me));
    }

    /** The latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> latest() {
        AppUser me = currentUser.require();
        List<Notification> list = notifications.visibleTo(employee(me), roles(me), PageRequest.of(0, SHOWN));
        Map<Long, String> names = subjects.employeeNames(list.stream().map(Notification::getReviewId).distinct().toList());
        Map<Long, String> actedFor = new java.util.HashMap<>();
        directory.employees(list.stream().map(Notification::getOnBehalfOfId).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach(e -> actedFor.put(e.id(), e.fullName()));
        java.time.Instant now = clock.instant();
        return list.stream().map(n -> {
            boolean done = n.getTaskEndedAt() != null;
            return new NotificationItem(n.getId(), n.getKind(), n.getTaskKey(), n.getReviewId(),
                    names.getOrDefault(n.getReviewId(), ""), actedFor.get(n.getOnBehalfOfId()), n.getDueAt(),
                    n.getCreatedAt(), n.getReadAt() != null, done, NotificationItem.isLate(n.getDueAt(), done, now));
        }).toList();
    }

    /** Marks one of my notifications read; someone else's is left alone. */
    public void markRead(long notificationId) {
        AppUser me = currentUser.require();
        notifications.findById(notificationId).filter(n -> isMine(n, me)).ifPresent(n -> n.markRead(clock.instant()));
    }

    public int markAllRead() {
        AppUser me = currentUser.require();
        return notifications.markAllRead(employee(me), roles(me), clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean dailyDigest() {
        Long me = currentUser.require().employeeId();
        return me != null && settings.findById(me).map(NotificationSetting::isDailyDigest).orElse(false);
    }

    /**
     * Switches between a mail per notification and a daily digest. Switching the digest off sends what was held
     * for it with the next run of the sender, rather than keeping it back.
     */
    public void setDailyDigest(boolean digest) {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return;
        }
        settings.findById(me).orElseGet(() -> settings.save(new NotificationSetting(me))).setDailyDigest(digest);
        if (!digest) {
            outbox.releaseHeld(me, clock.instant());
        }
    }

    private static boolean isMine(Notification n, AppUser me) {
        return n.getRecipientEmployeeId() != null ? n.getRecipientEmployeeId().equals(me.employeeId())
                : me.roles().contains(n.getRecipientRole());
    }

    private static long employee(AppUser me) {
        return me.employeeId() == null ? NOBODY : me.employeeId();
    }

    private static List<String> roles(AppUser me) {
        List<String> roles = new ArrayList<>(me.roles());
        roles.add("-");
        return roles;
    }
}
