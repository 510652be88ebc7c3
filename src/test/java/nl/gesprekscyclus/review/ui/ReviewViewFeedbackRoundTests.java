package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.gesprekscyclus.test_support.FeedbackRoundPeople;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback round on the review screen (issue 19): Frits Flink's review of 2088, in a round with feedback rounds,
 * offers him the step "Feedbackronde" with "Feedback vragen" (the section's dialog) and "Geen feedbackronde", which
 * asks for a confirmation before the self-assessment opens. The asking itself is walked in the browser
 * (FeedbackRoundInBrowserTests).
 */
class ReviewViewFeedbackRoundTests extends KaribuTest {

    static final int YEAR = 2088;

    @AfterEach
    void reset() {
        driver().resetClock();
        Login.logout();
    }

    @Test
    void shouldOfferTheFeedbackRoundAndGoOnToTheSelfAssessmentOnlyAfterConfirmingThereIsNone() {
        ProcessDriver driver = driver();
        String key = YEAR + "/" + FeedbackRoundPeople.FRITS;
        long id = FeedbackRoundPeople.reviewInAssessment(context, YEAR, FeedbackRoundPeople.FRITS,
                FeedbackRoundPeople.FRITS_LOGIN, true);

        login(FeedbackRoundPeople.FRITS_LOGIN);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        FeedbackRoundPanel panel = view.todo.panel(FeedbackRoundPanel.class);
        assertThat(panel).isNotNull();
        assertThat(_get(panel, H3.class).getText()).isEqualTo("Feedbackronde");
        assertThat(_get(panel, Paragraph.class).getText()).startsWith("Uw beoordeling begint met een feedbackronde");
        assertThat(panel.ask.getText()).isEqualTo("Feedback vragen");
        assertThat(panel.skip.getText()).isEqualTo("Geen feedbackronde");

        // "Feedback vragen" opens the section's own dialog
        _click(panel.ask);
        assertThat(openDialog(com.vaadin.flow.component.dialog.Dialog.class).getId()).hasValue("feedback-dialog");
        openDialog(com.vaadin.flow.component.dialog.Dialog.class).close();

        // "Geen feedbackronde" asks first; cancelled, nothing changes
        _click(panel.skip);
        ConfirmDialog confirm = openConfirm();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Geen feedbackronde?");
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("U vraagt nu geen collega's om feedback");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(driver.openTasks(key)).containsExactly("feedbackRound");

        _click(_get(ReviewView.class).todo.panel(FeedbackRoundPanel.class).skip);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(FeedbackRoundPanel.class)).isNull();
        assertThat(view.todo.panel(SelfAssessmentPanel.class)).isNotNull();
        // asking stays possible from the section
        assertThat(_find(view, com.vaadin.flow.component.button.Button.class,
                s -> s.withId("feedback-ask"))).hasSize(1);
    }
}
