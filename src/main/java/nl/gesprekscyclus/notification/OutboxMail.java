package nl.gesprekscyclus.notification;

import java.time.Instant;

/** One mail in the outbox, as the sender and the administrator's view see it. */
public record OutboxMail(long id, Long notificationId, long recipientEmployeeId, String kind, MailStatus status,
        int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static final String DIGEST_KIND = "DIGEST";

    boolean isDigest() {
        return notificationId == null;
    }
}
