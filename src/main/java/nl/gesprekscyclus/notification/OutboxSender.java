package nl.gesprekscyclus.notification;

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
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox: claims a batch (atomically, so a second app node gets other rows), sends
 * each mail, marks it SENT; a failure is tried again later with a doubling delay and after the configured
 * attempts is marked FAILED for the administrator. Runs outside any engine transaction: a mail problem never
 * touches a task.
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
            for (OutboxMail mail : outbox.claimedBy(token)) {
                sent += send(mail, token, at, failures) ? 1 : 0;
            }
        }
        // one line per kind of failure and run, not one per mail: with the mail server down a round start
        // would otherwise write thousands of identical warnings
        failures.forEach((error, counts) -> LOG.warn("{} mail(s) not sent ({} given up, the others will be retried): {}",
                counts[0], counts[1], error));
        return sent;
    }

    private boolean send(OutboxMail mail, String token, Instant now, Map<String, int[]> failures) {
        try {
            List<Long> items = mail.isDigest() ? outbox.notificationsOfDigest(mail.id()) : List.of();
            mailSender.send(composer.compose(mail, items));
            outbox.markSent(mail.id(), token, now);
            return true;
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            boolean last = mail.attempts() >= settings.maxAttempts();
            MailStatus status = last ? MailStatus.FAILED : MailStatus.PENDING;
            Instant next = now.plus(backoff(mail.attempts()));
            outbox.markFailedAttempt(mail.id(), token, status, next, error);
            LOG.debug("mail {} (attempt {} of {}) not sent{}: {}", mail.id(), mail.attempts(), settings.maxAttempts(),
                    last ? ", given up" : ", will retry", error);
            int[] counts = failures.computeIfAbsent(error, key -> new int[2]);
            counts[0]++;
            counts[1] += last ? 1 : 0;
            return false;
        }
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
