package nl.gesprekscyclus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The sender against a real SMTP conversation ({@link CountingSmtpServer}, through the JavaMailSender the app
 * configures) with an outbox in memory: each claimed batch goes out over one SMTP session; a mail the server refuses
 * or that cannot be composed is a failed attempt of that mail alone, the others of its batch are sent; a server that
 * is down gives every mail of the batch a failed attempt. The outbox's SQL (claims of two nodes, the status columns)
 * is MailNotificationTests' and TwoNodeTests' subject.
 * <p>
 * And the sender on two nodes (found by TwoNodeTests): a long run through a backlog must stamp each claim with the
 * moment it is made. Stamped with the run's start, a later batch looks to the other node like the stuck claim of
 * a dead node once the claim timeout has passed, and the other node sends those mails a second time.
 */
class OutboxSenderTests {

    static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    static final int MAX_ATTEMPTS = 3;

    @Test
    void shouldSendEachBatchOverOneSmtpSessionAndEveryMailOnce() throws Exception {
        try (CountingSmtpServer server = new CountingSmtpServer()) {
            MemoryOutbox outbox = new MemoryOutbox(12);

            assertThat(sender(outbox, server.port(), 5).sendDue(NOW)).isEqualTo(12);

            assertThat(server.receivedBy()).containsExactlyElementsOf(outbox.addresses());
            assertThat(server.received()).allMatch(r -> r.data().contains("Subject: Mail "));
            assertThat(server.sessions()).as("12 mails in batches of 5: three SMTP sessions, not 12").isEqualTo(3);
            assertThat(outbox.statuses()).containsOnly(MailStatus.SENT);
        }
    }

    @Test
    void shouldRetryAndThenGiveUpTheMailTheServerRefusesAndSendTheOthersOfItsBatchOnce() throws Exception {
        try (CountingSmtpServer server = new CountingSmtpServer()) {
            MemoryOutbox outbox = new MemoryOutbox(5);
            server.refuse(MemoryOutbox.address(3));
            OutboxSender sender = sender(outbox, server.port(), 5);

            assertThat(sender.sendDue(NOW)).isEqualTo(4);

            assertThat(server.receivedBy()).containsExactly(MemoryOutbox.address(1), MemoryOutbox.address(2),
                    MemoryOutbox.address(4), MemoryOutbox.address(5));
            assertThat(server.sessions()).isEqualTo(1);
            MemoryOutbox.Row refused = outbox.row(3);
            assertThat(refused.status).isEqualTo(MailStatus.PENDING);
            assertThat(refused.attempts).isEqualTo(1);
            assertThat(refused.error).contains("550", MemoryOutbox.address(3));
            assertThat(refused.nextAttempt).isBetween(NOW.plus(Duration.ofMinutes(1)), NOW.plus(Duration.ofMinutes(2)));
            assertThat(outbox.row(1).status).isEqualTo(MailStatus.SENT);

            // the retries: not before the delay; then after it (1 minute, then 2); the third refusal gives it up for
            // the administrator
            assertThat(sender.sendDue(NOW.plus(Duration.ofSeconds(30)))).isZero();
            assertThat(refused.attempts).isEqualTo(1);
            sender.sendDue(NOW.plus(Duration.ofMinutes(2)));
            assertThat(refused.status).isEqualTo(MailStatus.PENDING);
            assertThat(refused.attempts).isEqualTo(2);
            sender.sendDue(NOW.plus(Duration.ofMinutes(5)));
            assertThat(refused.status).isEqualTo(MailStatus.FAILED);
            assertThat(refused.attempts).isEqualTo(MAX_ATTEMPTS);
            assertThat(sender.sendDue(NOW.plus(Duration.ofDays(1)))).isZero();
            assertThat(server.receivedBy()).as("the others once, whatever happened to the refused one")
                    .containsExactly(MemoryOutbox.address(1), MemoryOutbox.address(2), MemoryOutbox.address(4),
                            MemoryOutbox.address(5));
        }
    }

    @Test
    void shouldSendTheRestOfTheBatchWhenOneMailCannotBeComposed() throws Exception {
        try (CountingSmtpServer server = new CountingSmtpServer()) {
            MemoryOutbox outbox = new MemoryOutbox(4);
            OutboxSender sender = new OutboxSender(outbox, new AddressedComposer(2), mailSender(server.port()),
                    settings(server.port(), 4), Clock.systemUTC());

            assertThat(sender.sendDue(NOW)).isEqualTo(3);

            assertThat(server.receivedBy()).containsExactly(MemoryOutbox.address(1), MemoryOutbox.address(3),
                    MemoryOutbox.address(4));
            assertThat(server.sessions()).isEqualTo(1);
            assertThat(outbox.row(2).status).isEqualTo(MailStatus.PENDING);
            assertThat(outbox.row(2).error).contains("onbekende plaatshouder");
            assertThat(outbox.statuses()).containsExactly(MailStatus.SENT, MailStatus.PENDING, MailStatus.SENT,
                    MailStatus.SENT);
        }
    }

    @Test
    void shouldGiveEveryMailAFailedAttemptAndMarkNoneSentWhenTheServerIsDown() throws Exception {
        CountingSmtpServer server = new CountingSmtpServer();
        int port = server.port();
        server.close();
        MemoryOutbox outbox = new MemoryOutbox(7);

        assertThat(sender(outbox, port, 5).sendDue(NOW)).isZero();

        assertThat(outbox.statuses()).containsOnly(MailStatus.PENDING);
        assertThat(outbox.rows.values()).allSatisfy(row -> {
            assertThat(row.attempts).isEqualTo(1);
            assertThat(row.nextAttempt).isBetween(NOW.plus(Duration.ofMinutes(1)), NOW.plus(Duration.ofMinutes(2)));
            assertThat(row.error).contains("Couldn't connect to host", "Connection refused");
        });
    }

    private static OutboxSender sender(MemoryOutbox outbox, int port, int batchSize) {
        return new OutboxSender(outbox, new AddressedComposer(0), mailSender(port), settings(port, batchSize),
                Clock.systemUTC());
    }

    /** The sender the app configures (MailConfiguration), pointed at the test server. */
    private static JavaMailSender mailSender(int port) {
        return new MailConfiguration().notificationMailSender(settings(port, 1));
    }

    private static MailSettings settings(int port, int batchSize) {
        return new MailSettings(true, "127.0.0.1", port, "", "", false, "test@localhost",
                "https://gesprekscyclus.test", Path.of("config/mail"), 7, batchSize, MAX_ATTEMPTS,
                Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    static final Instant RUN_STARTS = Instant.parse("2027-03-01T08:00:00Z");
    static final long SEND_MILLIS = 60;

    @Test
    void shouldStampEachClaimOfALongRunWithItsOwnMomentSoAnotherNodeDoesNotTakeItOver() {
        RecordingOutbox outbox = new RecordingOutbox(3);
        JavaMailSender slowServer = mock(JavaMailSender.class);
        doAnswer(call -> {
            Thread.sleep(SEND_MILLIS);
            return null;
        }).when(slowServer).send(any(MimeMessage[].class));
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

    /**
     * The outbox table in memory, for one sender: rows 1..n due at {@link #NOW}, claimed in id order, marked only by
     * the claim's token, as MailOutbox's SQL does.
     */
    static final class MemoryOutbox extends MailOutbox {
        final Map<Long, Row> rows = new TreeMap<>();

        static final class Row {
            final long id;
            MailStatus status = MailStatus.PENDING;
            int attempts;
            Instant nextAttempt = NOW;
            String error;
            String claimedBy;

            Row(long id) {
                this.id = id;
            }
        }

        MemoryOutbox(int mails) {
            super(null);
            for (long id = 1; id <= mails; id++) {
                rows.put(id, new Row(id));
            }
        }

        static String address(long recipient) {
            return "person" + recipient + "@ommen.nl";
        }

        Row row(long id) {
            return rows.get(id);
        }

        List<MailStatus> statuses() {
            return rows.values().stream().map(row -> row.status).toList();
        }

        List<String> addresses() {
            return rows.keySet().stream().map(MemoryOutbox::address).toList();
        }

        @Override
        int claim(String token, Instant now, Instant staleBefore, int limit) {
            List<Row> due = rows.values().stream()
                    .filter(row -> row.status == MailStatus.PENDING && !row.nextAttempt.isAfter(now)).limit(limit)
                    .toList();
            for (Row row : due) {
                row.status = MailStatus.SENDING;
                row.claimedBy = token;
                row.attempts++;
            }
            return due.size();
        }

        @Override
        List<OutboxMail> claimedBy(String token) {
            return rows.values().stream().filter(row -> token.equals(row.claimedBy))
                    .map(row -> new OutboxMail(row.id, row.id, row.id, "REMINDER", row.status, row.attempts,
                            row.nextAttempt, row.error, NOW, null))
                    .toList();
        }

        @Override
        void markSent(long id, String token, Instant now) {
            Row row = rows.get(id);
            if (token.equals(row.claimedBy)) {
                row.status = MailStatus.SENT;
                row.claimedBy = null;
            }
        }

        @Override
        void markFailedAttempt(long id, String token, MailStatus status, Instant nextAttempt, String error) {
            Row row = rows.get(id);
            if (token.equals(row.claimedBy)) {
                row.status = status;
                row.nextAttempt = nextAttempt;
                row.error = error;
                row.claimedBy = null;
            }
        }
    }

    /** A plain mail to person&lt;recipient&gt;@ommen.nl; composing mail {@code broken} fails as a bad template does. */
    static final class AddressedComposer extends MailComposer {
        private final long broken;

        AddressedComposer(long broken) {
            super(null, null, null, null, null, null, null);
            this.broken = broken;
        }

        @Override
        MimeMessage compose(OutboxMail mail, List<Long> digestItems) throws MessagingException {
            if (mail.id() == broken) {
                throw new IllegalStateException("config/mail/reminder.txt: onbekende plaatshouder ${taak2}");
            }
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom("test@localhost");
            message.setRecipients(Message.RecipientType.TO, MemoryOutbox.address(mail.recipientEmployeeId()));
            message.setSubject("Mail " + mail.id());
            message.setText("Mail " + mail.id(), "UTF-8");
            return message;
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
