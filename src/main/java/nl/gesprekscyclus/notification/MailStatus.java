package nl.gesprekscyclus.notification;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** waits for the person's daily digest */
    HELD,
    /** to be sent (again) from next_attempt_at on */
    PENDING,
    /** claimed by a sender; back to PENDING if that sender died (claim timeout) */
    SENDING,
    SENT,
    /** gave up after the configured attempts; an administrator can send it again */
    FAILED,
    /** went out as part of a digest */
    DIGESTED
}
