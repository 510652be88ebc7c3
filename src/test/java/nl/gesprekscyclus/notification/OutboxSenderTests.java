package nl.gesprekscyclus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The sender on two nodes (found by TwoNodeTests): a long run through a backlog must stamp each claim with the
 * moment it is made. Stamped with the run's start, a later batch looks to the other node like the stuck claim of
 * a dead node once the claim timeout has passed, and the other node sends those mails a second time.
 */
class OutboxSenderTests {

    static final Instant RUN_STARTS = Instant.parse("2027-03-01T08:00:00Z");
    static final long SEND_MILLIS = 60;

    @Test
    void shouldStampEachClaimOfALongRunWithItsOwnMomentSoAnotherNodeDoesNotTakeItOver() {
        RecordingOutbox outbox = new RecordingOutbox(3);
        JavaMailSender slowServer = mock(JavaMailSender.class);
        doAnswer(call -> {
            Thread.sleep(SEND_MILLIS);
            return null;
        }).when(slowServer).send(any(MimeMessage.class));
        Duration claimTimeout = Duration.ofMillis(100);
        OutboxSender sender = new OutboxSender(outbox, new BlankComposer(), slowServer, settings(claimTimeout),
                Clock.systemUTC());

        assertThat(sender.sendDue(RUN_STARTS)).isEqualTo(3);

        // the third batch is claimed after two slow sends: later than the claim timeout after the run's start
        Instant third = outbox.claimedAt.get(2);
        assertThat(Duration.between(RUN_STARTS, third)).isGreaterThanOrEqualTo(Duration.ofMillis(2 * SEND_MILLIS));
        // so another node, which at that moment takes over claims stamped before "now minus the timeout", leaves it
        assertThat(third).isAfter(RUN_STARTS.plus(claimTimeout));
        assertThat(outbox.sentAt).hasSize(3);
    }

    private static MailSettings settings(Duration claimTimeout) {
        return new MailSettings(true, "localhost", 25, "", "", false, "test@localhost", "https://gesprekscyclus.test",
                Path.of("config/mail"), 7, 1, 5, Duration.ofMinutes(1), claimTimeout);
    }

    /** An outbox with {@code batches} mails of one each; records the moment of every claim. */
    static final class RecordingOutbox extends MailOutbox {
        final List<Instant> claimedAt = new ArrayList<>();
        final List<Instant> sentAt = new ArrayList<>();
        private int left;

        RecordingOutbox(int batches) {
            super(null);
            this.left = batches;
        }

        @Override
        int claim(String token, Instant now, Instant staleBefore, int limit) {
            if (left == 0) {
                return 0;
            }
            left--;
            claimedAt.add(now);
            return 1;
        }

        @Override
        List<OutboxMail> claimedBy(String token) {
            return List.of(new OutboxMail(claimedAt.size(), 1L, 1L, "REMINDER", MailStatus.SENDING, 0, RUN_STARTS, null,
                    RUN_STARTS, null));
        }

        @Override
        void markSent(long id, String token, Instant now) {
            sentAt.add(now);
        }
    }

    static final class BlankComposer extends MailComposer {
        BlankComposer() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        MimeMessage compose(OutboxMail mail, List<Long> digestItems) {
            return new MimeMessage((Session) null);
        }
    }
}
