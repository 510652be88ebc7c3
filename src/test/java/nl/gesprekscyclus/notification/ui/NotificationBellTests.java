package nl.gesprekscyclus.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.gesprekscyclus.notification.MailTestReviews;
import nl.gesprekscyclus.notification.MyNotifications;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import org.camunda.bpm.engine.task.Task;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * The bell in the top bar: the unread count in its label, the list that links to the review, mark as read; a
 * notification about a finished task says so and no longer counts, and "te laat" only where the task is still open
 * past its due date.
 */
class NotificationBellTests extends KaribuTest {

    /** Tim Groen: next year's review of his is used by no other test. */
    static final String GROEN = TestPeople.GROEN.personnelNumber();

    @Test
    void shouldMarkTheNotificationsOfAFinishedTaskDoneAndSayLateOnlyWhileATaskIsOpenPastItsDueDate() {
        MailTestReviews reviews = new MailTestReviews(context);
        long reviewId = reviews.reviewId(GROEN);
        String key = MailTestReviews.YEAR + "/" + GROEN;
        Task drafting = reviews.driver.openTask(key, "draftAgreements");
        Notifications notifications = context.getBean(Notifications.class);
        String run = String.valueOf(System.nanoTime());
        Instant past = Instant.now().minus(2, ChronoUnit.DAYS);
        // his drafting escalated as if overdue; another task of his overdue and open; one open and not yet due
        notifications.notifyPerson(GROEN, reviewId, NotificationKind.ESCALATION_MANAGER, "draftAgreements",
                drafting.getId(), GROEN, past);
        notifications.notifyPerson(GROEN, reviewId, NotificationKind.REMINDER, "selfReflection", "bell-late-" + run,
                GROEN, past);
        notifications.notifyPerson(GROEN, reviewId, NotificationKind.REMINDER, "selfAssessment", "bell-soon-" + run,
                GROEN, Instant.now().plus(5, ChronoUnit.DAYS));

        login("groen");
        navigate("taken");
        NotificationBell bell = _get(NotificationBell.class);
        bell.button.click();
        assertThat(text(line(bell, "Escalatie: Afspraken opstellen \u2013 Tim Groen"))).contains("te laat");
        assertThat(text(line(bell, "Nieuwe taak: Afspraken opstellen \u2013 Tim Groen"))).as("due next year")
                .doesNotContain("te laat");
        assertThat(text(line(bell, "Herinnering: Zelfbeoordeling \u2013 Tim Groen"))).doesNotContain("te laat");
        long before = context.getBean(MyNotifications.class).unreadCount();
        bell.dialog.close();

        // he drafts and submits on his review's screen: the step is done, so its notifications are done, and the
        // bell says so at once, before he goes anywhere else
        ReviewReadService reads = context.getBean(ReviewReadService.class);
        String area = reads.dossier(reviewId).jobProfile().resultAreas().get(0).code();
        context.getBean(PlanningService.class).saveResultAgreement(reviewId, null, null, new ResultAgreementData(area,
                null, "Ketenregie", "Elk kwartaal een overleg", LocalDate.of(MailTestReviews.YEAR, 9, 30), 100));
        navigate("gesprek/" + reviewId);
        bell = _get(NotificationBell.class);
        assertThat(bell.button.getAriaLabel()).hasValue("Meldingen, " + before + " ongelezen");
        _get(Button.class, spec -> spec.withId("review-submit")).click();
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(reviews.driver.openTasks(key)).doesNotContain("draftAgreements");
        assertThat(context.getBean(MyNotifications.class).unreadCount()).as("a finished task asks nothing any more")
                .isEqualTo(before - 2);
        assertThat(bell.button.getAriaLabel()).hasValue("Meldingen, " + (before - 2) + " ongelezen");
        bell.button.click();
        List<Div> done = lines(bell, "Afgehandeld: Afspraken opstellen \u2013 Tim Groen");
        assertThat(done).as("the new task and the escalation about it").hasSize(2);
        assertThat(done).allSatisfy(d -> {
            assertThat(text(d)).doesNotContain("te laat").doesNotContain("Nieuwe taak");
            assertThat(_find(d, Button.class)).as("nothing to mark").isEmpty();
        });
        assertThat(lines(bell, "Nieuwe taak: Afspraken opstellen \u2013 Tim Groen")).isEmpty();
        assertThat(lines(bell, "Escalatie: Afspraken opstellen \u2013 Tim Groen")).isEmpty();
        // the task of the other reminder is still open and past its date
        assertThat(text(line(bell, "Herinnering: Zelfreflectie \u2013 Tim Groen"))).contains("te laat");
    }

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
        List<Div> lines = lines(bell, text);
        assertThat(lines).as(text).isNotEmpty();
        return lines.get(0);
    }

    private static List<Div> lines(NotificationBell bell, String text) {
        return _find(bell.list, Div.class, spec -> spec.withClasses("notification")).stream()
                .filter(d -> _get(d, RouterLink.class).getText().equals(text)).toList();
    }

    private static String text(Div line) {
        return line.getElement().getTextRecursively();
    }
}
