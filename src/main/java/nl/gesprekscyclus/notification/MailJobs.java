package nl.gesprekscyclus.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The schedule of the outbox sender and the digest. Off in tests, which call them with a chosen time. */
@Component
@ConditionalOnProperty(name = "gesprekscyclus.mail.scheduled", havingValue = "true", matchIfMissing = true)
class MailJobs {

    private final OutboxSender sender;
    private final DailyDigest digest;

    MailJobs(OutboxSender sender, DailyDigest digest) {
        this.sender = sender;
        this.digest = digest;
    }

    @Scheduled(fixedDelayString = "${gesprekscyclus.mail.send-interval:PT30S}", initialDelayString = "PT20S")
    void send() {
        sender.sendDue();
    }

    @Scheduled(cron = "${gesprekscyclus.mail.digest-check-cron:0 */10 * * * *}")
    void digest() {
        digest.buildIfDue();
    }
}
