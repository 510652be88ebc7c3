package nl.gesprekscyclus.checkin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import nl.gesprekscyclus.checkin.AgreementProgress;
import nl.gesprekscyclus.checkin.ActionOwner;
import nl.gesprekscyclus.checkin.CheckInTestClock;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewConversations;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Gesprekken" on the review screen: the employee records a check-in in the dialog (a date in the future gets the
 * Dutch message at the date and nothing is stored), sees it in the section and on the timeline with her private
 * note; the manager sees it without that note; the coordinator gets no section (and no refusal is recorded).
 */
@Import(CheckInTestClock.class)
class CheckInSectionTests extends KaribuTest {

    long reviewId;

    @BeforeEach
    void review() {
        SubstitutePeople.ensure(context);
        reviewId = MatrixPeople.review(context, CheckInTestClock.YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        login("matrix-werknemer");
        if (context.getBean(ReviewConversations.class).agreementsOf(reviewId).isEmpty()) {
            context.getBean(PlanningService.class).saveResultAgreement(reviewId, null, null, new ResultAgreementData(
                    "RG1", null, "Nota armoedebeleid", "Vastgesteld door de raad",
                    CheckInTestClock.TODAY.plusMonths(2), null));
        }
    }

    @Test
    void shouldRecordACheckInThroughTheDialogAndRefuseADateInTheFutureInDutch() {
        String topics = "Scherm " + System.nanoTime();
        String note = "Eigen notitie " + System.nanoTime();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long before = jdbc.queryForObject("select count(*) from check_in", Long.class);
        navigate("gesprek/" + reviewId);
        _click(_get(Button.class, s -> s.withId("checkin-add")));
        CheckInDialog dialog = openDialog(CheckInDialog.class);
        assertThat(dialog.participants.getValue()).isEqualTo("Wies Werknemer, Lotte Leider");
        assertThat(dialog.privateNote.getHelperText()).startsWith("Alleen u ziet deze notitie. Ze hoort niet bij het dossier");

        dialog.date.setValue(CheckInTestClock.TODAY.plusDays(1));
        dialog.topics.setValue(topics);
        dialog.agreements.values().iterator().next().setValue(AgreementProgress.BEHIND);
        _click(dialog.addAction);
        dialog.actions.get(0).text.setValue("Opleiding kiezen");
        dialog.actions.get(0).owner.setValue(ActionOwner.EMPLOYEE);
        dialog.actions.get(0).due.setValue(CheckInTestClock.TODAY.plusDays(20));
        dialog.privateNote.setValue(note);
        _click(dialog.save);
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage())
                .isEqualTo("Een gesprek kan niet in de toekomst liggen: kies vandaag of een eerdere dag.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from check_in", Long.class)).isEqualTo(before);

        dialog.date.setValue(CheckInTestClock.TODAY.minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        Section section = _get(Section.class, s -> s.withId("checkins"));
        Div shown = _find(section, Div.class, s -> s.withClasses("checkin")).stream()
                .filter(d -> !_find(d, Span.class, s -> s.withText(topics)).isEmpty()).findFirst().orElseThrow();
        assertThat(_find(shown, Span.class, s -> s.withText("achter"))).hasSize(1);
        assertThat(_find(shown, TextArea.class).stream().filter(t -> t.getId().orElse("").startsWith("checkin-note-"))
                .map(TextArea::getValue)).containsExactly(note);
        assertThat(_find(Span.class, s -> s.withClasses("review-step-checkins")).stream().map(Span::getText).toList())
                .anyMatch(t -> t.contains("gesprek"));

        logInAgain("matrix-leider");
        navigate("gesprek/" + reviewId);
        Section asManager = _get(Section.class, s -> s.withId("checkins"));
        assertThat(_find(asManager, Span.class, s -> s.withText(topics))).hasSize(1);
        assertThat(_find(asManager, TextArea.class).stream().map(TextArea::getValue).toList())
                .as("the employee's private note is hers").doesNotContain(note);
    }

    @Test
    void shouldShowTheCoordinatorNoConversationsAndRecordNoRefusal() {
        AccessProbe probe = new AccessProbe(context);
        logInAgain("matrix-coordinator");
        long refusals = probe.refusalsAudited();
        navigate("gesprek/" + reviewId);
        assertThat(_find(Section.class, s -> s.withId("checkins"))).isEmpty();
        assertThat(probe.refusalsAudited()).isEqualTo(refusals);
    }
}
