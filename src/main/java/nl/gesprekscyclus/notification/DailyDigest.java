package nl.gesprekscyclus.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, for each person who chose a digest: one mail with everything that was held for them. The digest
 * row's dedup key (person and day) makes a second run, or a second node, a no-op for that day.
 */
@Component
class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final MailOutbox outbox;
    private final TransactionTemplate tx;
    private final MailSettings settings;
    private final Clock clock;

    DailyDigest(MailOutbox outbox, PlatformTransactionManager transactions, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    /** Called on a schedule: builds today's digests once the configured hour has passed. */
    int buildIfDue() {
        var now = clock.instant().atZone(clock.getZone());
        return now.getHour() >= settings.digestHour() ? build(now.toLocalDate(), clock.instant()) : 0;
    }

    /** Builds the digests of {@code day}; returns how many. They go out with the next send. */
    int build(LocalDate day, Instant now) {
        int built = 0;
        for (Long recipient : outbox.recipientsWithHeldMail()) {
            try {
                Boolean done = tx.execute(s -> {
                    long digest = outbox.addDigest(recipient, day.toString(), now);
                    outbox.attachHeldTo(digest, recipient);
                    return true;
                });
                built += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (DuplicateKeyException alreadyToday) {
                // today's digest is built (by another node or an earlier run): the rest waits for tomorrow
                LOG.debug("digest of {} for {} exists", recipient, day);
            }
        }
        return built;
    }
}
