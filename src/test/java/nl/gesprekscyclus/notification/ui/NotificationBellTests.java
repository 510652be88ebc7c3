package nl.gesprekscyclus.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import nl.gesprekscyclus.notification.MailTestReviews;
import nl.gesprekscyclus.notification.MyNotifications;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The bell in the top bar: the unread count in its label, the list that links to the review, mark as read. */
class NotificationBellTests extends KaribuTest {

    @Test
    void shouldCountUnreadNotificationsAndMarkThemRead() {
        long reviewId = new MailTestReviews(context).reviewId(MailTestReviews.PRINS);
        Notifications notifications = context.getBean(Notifications.class);
        String run = String.valueOf(System.nanoTime());
        notifications.notifyPerson(MailTestReviews.PRINS, reviewId, NotificationKind.REMINDER, "selfReflection",
                "bell-a-" + run, MailTestReviews.PRINS, Instant.parse("2030-03-01T08:00:00Z"));
        notifications.notifyPerson(MailTestReviews.PRINS, reviewId, NotificationKind.ESCALATION_MANAGER,
                "progressConversation", "bell-b-" + run, null, null);

        login("prins");
        long unread = context.getBean(MyNotifications.class).unreadCount();
        assertThat(unread).isGreaterThanOrEqualTo(2);
        navigate("taken");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.button.getAriaLabel()).hasValue("Meldingen, " + unread + " ongelezen");

        bell.button.click();
        assertThat(bell.dialog.isOpened()).isTrue();
        Div reminder = line(bell, "Herinnering: Zelfreflectie \u2013 Judith Prins");
        RouterLink link = _get(reminder, RouterLink.class);
        assertThat(link.getHref()).isEqualTo("gesprek/" + reviewId);
        assertThat(reminder.getElement().getTextRecursively()).contains("uiterlijk 1 maart 2030");

        _get(reminder, Button.class, spec -> spec.withText("Markeer als gelezen")).click();
        assertThat(bell.button.getAriaLabel()).hasValue("Meldingen, " + (unread - 1) + " ongelezen");
        assertThat(_find(line(bell, "Herinnering: Zelfreflectie \u2013 Judith Prins"), Button.class)).isEmpty();

        bell.allRead.click();
        assertThat(bell.button.getAriaLabel()).hasValue("Meldingen, 0 ongelezen");
        assertThat(context.getBean(MyNotifications.class).unreadCount()).isZero();
    }

    @Test
    void shouldLetAPersonChooseADailyDigest() {
        login("postma");
        navigate("taken");
        NotificationBell bell = _get(NotificationBell.class);
        bell.button.click();
        assertThat(bell.digest.getValue()).isFalse();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(bell.digest, true);
        assertThat(context.getBean(MyNotifications.class).dailyDigest()).isTrue();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(bell.digest, false);
        assertThat(context.getBean(MyNotifications.class).dailyDigest()).isFalse();
    }

    private static Div line(NotificationBell bell, String text) {
        List<Div> lines = _find(bell.list, Div.class, spec -> spec.withClasses("notification")).stream()
                .filter(d -> _get(d, RouterLink.class).getText().equals(text)).toList();
        assertThat(lines).as(text).isNotEmpty();
        return lines.get(0);
    }
}
