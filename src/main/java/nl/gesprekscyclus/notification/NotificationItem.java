package nl.gesprekscyclus.notification;

import java.time.Instant;

/** One line in the bell's list. {@code taskKey} is the engine's task key (see ReviewTask). */
public record NotificationItem(long id, NotificationKind kind, String taskKey, long reviewId, String employeeName,
        Instant dueAt, Instant createdAt, boolean read) {
}
