package nl.gesprekscyclus.notification;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox: claims a batch (atomically, so a second app node gets other rows), sends
 * its mails over one SMTP session, marks each SENT; a mail that fails (refused by the server, not composable, or
 * the whole batch when the server cannot be reached) is tried again later with a doubling delay and after the
 * configured attempts is marked FAILED for the administrator. Runs outside any engine transaction: a mail problem
 * never touches a task.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_BATCHES = 1000;

    private final MailOutbox outbox;
    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final String node = nodeName();

    OutboxSender(MailOutbox outbox, MailComposer composer, JavaMailSender mailSender, MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.composer = composer;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    int sendDue() {
        return sendDue(clock.instant());
    }

    /** Sends everything due at {@code now}; returns how many mails went out. */
    public int sendDue(Instant now) {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        Map<String, int[]> failures = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            // Each claim is stamped with its own moment, not the run's start: a run through a backlog (a round
            // start's thousands of mails) lasts longer than the claim timeout, and a later batch stamped with the
            // start would look like the stuck claim of a dead node to another node, which would send it again.
            Instant at = now.plusNanos(System.nanoTime() - started);
            String token = node + ":" + UUID.randomUUID();
            if (outbox.claim(token, at, at.minus(settings.claimTimeout()), settings.batchSize()) == 0) {
                break;
            }
            sent += sendBatch(outbox.claimedBy(token), token, at, failures);
        }
        // one line per kind of failure and run, not one per mail: with the mail server down a round start
        // would otherwise write thousands of identical warnings
        failures.forEach((error, counts) -> LOG.warn("{} mail(s) not sent ({} given up, the others will be retried): {}",
                counts[0], counts[1], error));
        return sent;
    }

    /**
     * Sends one claimed batch over one SMTP session and marks each mail by its own outcome. Spring's
     * {@code send(MimeMessage...)} connects once, sends the messages one after the other (after a refused one it goes
     * on with the next, reconnecting if the server closed the session) and reports the failed ones in a
     * {@link MailSendException}'s {@code getFailedMessages()}; when it cannot connect, every message not sent yet is
     * in that map with the connection's error. An exception without that map (the login refused, a QUIT that
     * failed) says nothing about single mails: every mail of the batch gets a failed attempt, as when each mail
     * had its own session (a mail the server had taken may then go out twice, never not at all).
     */
    private int sendBatch(List<OutboxMail> mails, String token, Instant now, Map<String, int[]> failures) {
        // keyed by the message object itself (MimeMessage keeps Object's equals), as Spring's failed-messages map is
        Map<MimeMessage, OutboxMail> composed = new LinkedHashMap<>();
        for (OutboxMail mail : mails) {
            try {
                List<Long> items = mail.isDigest() ? outbox.notificationsOfDigest(mail.id()) : List.of();
                composed.put(composer.compose(mail, items), mail);
            } catch (Exception e) {
                failedAttempt(mail, token, now, e, failures);
            }
        }
        if (composed.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failed;
        try {
            mailSender.send(composed.keySet().toArray(MimeMessage[]::new));
            failed = Map.of();
        } catch (MailSendException e) {
            failed = e.getFailedMessages().isEmpty() ? everyOne(composed, e) : e.getFailedMessages();
        } catch (Exception e) {
            failed = everyOne(composed, e);
        }
        int sent = 0;
        for (Map.Entry<MimeMessage, OutboxMail> message : composed.entrySet()) {
            Exception error = failed.get(message.getKey());
            if (error == null) {
                outbox.markSent(message.getValue().id(), token, now);
                sent++;
            } else {
                failedAttempt(message.getValue(), token, now, error, failures);
            }
        }
        return sent;
    }

    private static Map<Object, Exception> everyOne(Map<MimeMessage, OutboxMail> composed, Exception e) {
        Map<Object, Exception> all = new LinkedHashMap<>();
        composed.keySet().forEach(message -> all.put(message, e));
        return all;
    }

    private void failedAttempt(OutboxMail mail, String token, Instant now, Exception e, Map<String, int[]> failures) {
        String error = describe(e);
        boolean last = mail.attempts() >= settings.maxAttempts();
        MailStatus status = last ? MailStatus.FAILED : MailStatus.PENDING;
        Instant next = now.plus(backoff(mail.attempts()));
        outbox.markFailedAttempt(mail.id(), token, status, next, error);
        LOG.debug("mail {} (attempt {} of {}) not sent{}: {}", mail.id(), mail.attempts(), settings.maxAttempts(),
                last ? ", given up" : ", will retry", error);
        int[] counts = failures.computeIfAbsent(error, key -> new int[2]);
        counts[0]++;
        counts[1] += last ? 1 : 0;
    }

    /**
     * The exception and its causes, e.g. "SendFailedException: Invalid Addresses; SMTPAddressFailedException: 550
     * 5.1.1 &lt;x@ommen.nl&gt;: mailbox unavailable": JavaMail keeps the server's answer in the nested exception.
     */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 4; depth++) {
            text.append("; ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return text.toString();
    }

    /** 1, 2, 4, 8 ... times the configured delay after the 1st, 2nd, 3rd ... failed attempt. */
    Duration backoff(int attempts) {
        return settings.retryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
