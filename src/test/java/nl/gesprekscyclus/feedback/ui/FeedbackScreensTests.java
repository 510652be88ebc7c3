package nl.gesprekscyclus.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.feedback.AskeeStatus;
import nl.gesprekscyclus.feedback.FeedbackAnswerData;
import nl.gesprekscyclus.feedback.FeedbackItemKind;
import nl.gesprekscyclus.feedback.FeedbackRequestData;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.feedback.GivingRequest;
import nl.gesprekscyclus.notification.ui.NotificationBell;
import nl.gesprekscyclus.test_support.FeedbackPeople;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.MatrixPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feedback screens: the employee asks through the dialog (sending without choosing named or anonymous gets the
 * Dutch message at that choice and nothing is stored), a colleague answers on "Feedback geven", and the review screen
 * shows an anonymous request as "nog niet zichtbaar (2 van 3)" and from the third answer the texts without a name.
 * The matrix employee's review of 2069.
 */
class FeedbackScreensTests extends KaribuTest {

    static final int YEAR = 2069;

    long reviewId;
    FeedbackService service;

    @BeforeEach
    void review() {
        FeedbackPeople.ensure(context);
        reviewId = MatrixPeople.review(context, YEAR, MatrixPeople.EMPLOYEE_NUMBER);
        service = context.getBean(FeedbackService.class);
    }

    @Test
    void shouldAskThroughTheDialogAndRefuseASendWithoutTheChoiceOfNamedOrAnonymousInDutch() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        login("matrix-werknemer");
        navigate("gesprek/" + reviewId);
        long before = jdbc.queryForObject("select count(*) from feedback_request", Long.class);
        _click(_get(Button.class, s -> s.withId("feedback-ask")));
        FeedbackAskDialog dialog = openDialog(FeedbackAskDialog.class);
        assertThat(dialog.anonymous.getValue()).as("the asker chooses; nothing is preselected").isNull();
        dialog.items.setValue(Set.of(dialog.items.getListDataView().getItem(0)));
        String question = "Hoe werkt Wies samen? " + System.nanoTime();
        dialog.question.setValue(question);
        dialog.dueOn.setValue(LocalDate.of(YEAR, 6, 1));
        FeedbackService.Colleague jet = service.colleagues(reviewId, "Jet Jansen").get(0);
        dialog.askees.setValue(Set.of(jet));
        _click(dialog.send);
        assertThat(dialog.anonymous.isInvalid()).isTrue();
        assertThat(dialog.anonymous.getErrorMessage()).isEqualTo("Kies of de antwoorden met naam of anoniem zijn.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from feedback_request", Long.class)).isEqualTo(before);

        dialog.anonymous.setValue(false);
        _click(dialog.send);
        assertThat(dialog.isOpened()).isFalse();
        Section section = _get(Section.class, s -> s.withId("feedback"));
        assertThat(_find(section, com.vaadin.flow.component.html.H3.class, s -> s.withText(question))).hasSize(1);
        assertThat(_find(section, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText))
                .contains("Jet Jansen: nog niet beantwoord");
    }

    @Test
    void shouldLetAColleagueAnswerOnFeedbackGevenAndShowAnonymousAnswersOnlyFromTheThirdWithoutNames() {
        login("matrix-werknemer");
        String competency = service.of(reviewId).options().stream()
                .filter(o -> o.kind() == FeedbackItemKind.COMPETENCY).findFirst().orElseThrow().subject();
        String question = "Scherm anoniem " + System.nanoTime();
        service.ask(reviewId, new FeedbackRequestData(List.of(new FeedbackRequestData.Item(
                FeedbackItemKind.COMPETENCY, competency)), question, LocalDate.of(YEAR, 6, 1), true,
                FeedbackPeople.ANONYMOUS.subList(0, 3).stream().map(n -> FeedbackPeople.id(context, n)).toList()));
        String first = "Eerste scherm " + System.nanoTime();

        logInAgain(FeedbackPeople.ANONYMOUS_LOGINS.get(0));
        navigate("feedback");
        // the bell links to "Feedback geven", not to the review she cannot open
        _click(_find(_get(NotificationBell.class), Button.class).get(0));
        assertThat(_find(Anchor.class, s -> s.withText("Feedback gevraagd: Feedback geven \u2013 Wies Werknemer")))
                .isNotEmpty().allSatisfy(a -> assertThat(a.getHref()).isEqualTo("feedback"));
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();
        GivingRequest mine = service.mine().stream().filter(g -> g.question().equals(question)).findFirst()
                .orElseThrow();
        FeedbackGivingView.RequestForm form = _get(FeedbackGivingView.RequestForm.class,
                s -> s.withId("feedback-giving-" + mine.askeeId()));
        assertThat(_find(form, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Uw antwoord is anoniem"));
        Select<String> level = form.levels.values().iterator().next();
        level.setValue(mine.levels().get(0).code());
        TextArea text = form.texts.values().iterator().next();
        text.setValue(first);
        _click(form.send);
        assertThat(service.mine().stream().filter(g -> g.question().equals(question)).findFirst().orElseThrow()
                .status()).isEqualTo(AskeeStatus.ANSWERED);
        FeedbackGivingView.RequestForm done = _get(FeedbackGivingView.RequestForm.class,
                s -> s.withId("feedback-giving-" + mine.askeeId()));
        assertThat(_find(done, Paragraph.class).stream().map(Paragraph::getText))
                .contains("U heeft dit verzoek al beantwoord.");

        String second = "Tweede " + System.nanoTime();
        answer(FeedbackPeople.ANONYMOUS_LOGINS.get(1), question, second);
        logInAgain("matrix-werknemer");
        navigate("gesprek/" + reviewId);
        Section section = _get(Section.class, s -> s.withId("feedback"));
        assertThat(_find(section, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Nog niet zichtbaar (2 van 3)");

        String third = "Derde " + System.nanoTime();
        answer(FeedbackPeople.ANONYMOUS_LOGINS.get(2), question, third);
        logInAgain("matrix-werknemer");
        navigate("gesprek/" + reviewId);
        String shown = _get(Section.class, s -> s.withId("feedback")).getElement().getOuterHTML();
        assertThat(shown).contains(first).contains(second).contains(third);
        for (String name : FeedbackPeople.ANONYMOUS_NAMES) {
            assertThat(shown).doesNotContain(name);
        }
    }

    private void answer(String login, String question, String text) {
        logInAgain(login);
        GivingRequest g = service.mine().stream().filter(m -> m.question().equals(question)).findFirst().orElseThrow();
        service.answer(g.askeeId(), g.items().stream().map(i -> new FeedbackAnswerData(i.id(), g.levels().get(1).code(),
                text)).toList());
    }
}
