package nl.gesprekscyclus.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import nl.gesprekscyclus.notification.MailOutboxAdmin.UnsentMail;
import nl.gesprekscyclus.notification.MailStatus;
import nl.gesprekscyclus.notification.MailTestReviews;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.notification.OutboxSender;
import nl.gesprekscyclus.test_support.AppProcess;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * "Berichten": a mail that keeps failing (no mail server listens in this test) ends up here with its error, and
 * the functioneel beheerder can send it again. Nobody else may open the screen.
 * <p>
 * The failing test sends to a port nothing listens on, not to test.properties' 3925: MailNotificationTests' GreenMail
 * listens there while it runs, in the other surefire fork too, and then the mail was delivered instead of failing
 * (seen once, PostgreSQL execution, 2026-12-07).
 */
class MailOutboxViewTests extends KaribuTest {

    @Test
    void shouldShowAPermanentlyFailedMailWithItsErrorAndSendItAgain() {
        long reviewId = new MailTestReviews(context).reviewId(MailTestReviews.PRINS);
        context.getBean(Notifications.class).notifyPerson(MailTestReviews.PRINS, reviewId,
                NotificationKind.ESCALATION_MANAGER, "signOff", "failing-" + System.nanoTime(), null, null);
        OutboxSender sender = context.getBean(OutboxSender.class);
        JavaMailSenderImpl smtp = context.getBean(JavaMailSenderImpl.class);
        int port = smtp.getPort();
        int closed = AppProcess.freePort(); // free a moment ago: nothing listens there
        Instant now = Instant.now();
        try {
            smtp.setPort(closed);
            // max-attempts is 3 in test.properties; the delays between them are passed by sending "later"
            sender.sendDue(now);
            sender.sendDue(now.plus(Duration.ofHours(1)));
            sender.sendDue(now.plus(Duration.ofHours(2)));
        } finally {
            smtp.setPort(port);
        }

        login(DemoUsers.ADMIN);
        navigate("beheer/berichten");
        MailOutboxView view = _get(MailOutboxView.class);
        int row = failedRowOfPrins(view);
        UnsentMail failed = GridKt._get(view.grid, row);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(GridKt._getFormatted(view.grid, row, "status")).isEqualTo("Mislukt");
        assertThat(GridKt._getFormatted(view.grid, row, "error")).contains(String.valueOf(closed));
        assertThat(GridKt._getFormatted(view.grid, row, "kind")).isEqualTo("Escalatie leidinggevende");

        Button retry = (Button) GridKt._getCellComponent(view.grid, row, "retry");
        assertThat(retry.isVisible()).isTrue();
        retry.click();
        assertThat(IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(m -> m.id() == failed.id()).findFirst().orElseThrow().status()).isEqualTo(MailStatus.PENDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.HR})
    void shouldRefuseTheScreenToOtherRoles(String user) {
        login(user);
        try {
            navigate("beheer/berichten");
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MailOutboxView.class);
    }

    private static int failedRowOfPrins(MailOutboxView view) {
        return IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).status() == MailStatus.FAILED
                        && GridKt._get(view.grid, i).recipientEmail().equals("judith.prins@ommen.nl")
                        && GridKt._get(view.grid, i).kind().equals("ESCALATION_MANAGER"))
                .findFirst().orElseThrow();
    }
}
