package nl.gesprekscyclus.notification;

import java.time.Instant;

/**
 * One line in the bell's list. {@code taskKey} is the engine's task key (see ReviewTask).
 *
 * @param onBehalfOfName the manager a substitute's copy is meant for ("namens"); null for the person's own
 * @param done the task it is about was completed or cancelled: nothing to do any more, whatever the kind says
 * @param late the task is still open and its due date has passed; never for a done task
 */
public record NotificationItem(long id, NotificationKind kind, String taskKey, long reviewId, String employeeName,
        String onBehalfOfName, Instant dueAt, Instant createdAt, boolean read, boolean done, boolean late) {

    /** Late, as the bell says it: due date passed and the task still open, judged now rather than when sent. */
    static boolean isLate(Instant due, boolean done, Instant now) {
        return !done && due != null && due.isBefore(now);
    }
}
