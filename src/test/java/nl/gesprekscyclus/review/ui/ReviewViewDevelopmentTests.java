package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.LocalDate;
import nl.gesprekscyclus.cycle.CycleShape;
import nl.gesprekscyclus.test_support.DevelopmentPeople;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The development conversation on the review screen (issue 19, item 3), for Daan Doorgroei's review of 2083 in a
 * round without a formal assessment: the timeline names the step, the employee prepares, the manager records with the
 * preparation above the form, the employee signs as seen; each step is confirmed first, a refused input stays on the
 * screen with the message at its field, and the signed record is shown read-only.
 */
class ReviewViewDevelopmentTests extends KaribuTest {

    static final int YEAR = 2083;
    static final String KEY = YEAR + "/" + DevelopmentPeople.EMPLOYEE;

    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        driver().resetClock();
        Login.logout();
    }

    @Test
    void shouldTakeDaansYearWithoutAssessmentThroughTheDevelopmentConversationOnTheScreen() {
        long id = DevelopmentPeople.reviewAtItsLastPhase(context, YEAR,
                DevelopmentPeople.shape(context, YEAR, new CycleShape(null, "never", null, null)));
        assertThat(driver().openTasks(KEY)).containsExactly("developmentPreparation");

        // the timeline ends with the development conversation in the assessment's window, not with an assessment
        login(DevelopmentPeople.EMPLOYEE_LOGIN);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        assertThat(_find(view.timeline, ListItem.class).stream().map(i -> i.getElement().getAttribute("data-phase")))
                .containsExactly("PLANNING", "PROGRESS", "DEVELOPMENT");
        DevelopmentPanel preparation = view.todo.panel(DevelopmentPanel.class);
        assertThat(_get(preparation, H3.class).getText()).isEqualTo("Ontwikkelgesprek voorbereiden");
        assertThat(_find(preparation, Paragraph.class).get(0).getText()).contains("geen beoordeling", "Mira Middel");

        // sending it empty: confirmed first, then the message at the field, the step still open
        _click(preparation.button);
        ConfirmDialog confirm = openConfirm();
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Mira Middel");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(preparation.form.preparation.isInvalid()).isTrue();
        assertThat(preparation.form.preparation.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(driver().openTasks(KEY)).containsExactly("developmentPreparation");
        preparation.form.preparation.setValue("Ik wil leren een project te leiden.");
        _click(preparation.button);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver().openTasks(KEY)).containsExactly("developmentConversation");

        // the manager: the preparation above the form; a missing POP text is refused at its field, the rest stays
        login(DevelopmentPeople.MANAGER_LOGIN);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        DevelopmentPanel record = view.todo.panel(DevelopmentPanel.class);
        assertThat(_find(record, Paragraph.class, p -> p.withText("Ik wil leren een project te leiden.")))
                .hasSize(1);
        record.form.conversationDate.setValue(LocalDate.now(clock));
        record.form.lookingBack.setValue("De nota is op tijd af.");
        _click(record.button);
        ConfirmDialog sign = openConfirm();
        assertThat(ConfirmDialogKt.getText(sign)).contains("ondertekent", "Daan Doorgroei");
        ConfirmDialogKt._fireConfirm(sign);
        assertThat(record.form.developmentAgreements.isInvalid()).isTrue();
        assertThat(record.form.developmentAgreements.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(record.form.lookingBack.getValue()).isEqualTo("De nota is op tijd af.");
        record.form.developmentAgreements.setValue("Training projectleiding; meelopen met een project.");
        _click(record.button);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver().openTasks(KEY)).containsExactly("acknowledgeDevelopment");

        // the employee reads the record and signs it as seen, after a confirmation
        login(DevelopmentPeople.EMPLOYEE_LOGIN);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        Section shown = _get(Section.class, s -> s.withId("review-development"));
        assertThat(_find(shown, Paragraph.class, p -> p.withText("Training projectleiding; meelopen met een project.")))
                .hasSize(1);
        DevelopmentPanel acknowledge = view.todo.panel(DevelopmentPanel.class);
        assertThat(_get(acknowledge, H3.class).getText()).isEqualTo("Ontwikkelgesprek voor gezien tekenen");
        acknowledge.form.employeeComment.setValue("Dank je.");
        _click(acknowledge.button);
        ConfirmDialog seen = openConfirm();
        assertThat(ConfirmDialogKt.getText(seen)).contains("voor gezien", "definitief");
        ConfirmDialogKt._fireConfirm(seen);
        assertThat(driver().openTasks(KEY)).isEmpty();

        // final and read-only: no step left, the record with both signatures
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(DevelopmentPanel.class)).isNull();
        Section done = _get(Section.class, s -> s.withId("review-development"));
        assertThat(_find(done, Paragraph.class, p -> p.withText("Dank je."))).hasSize(1);
        assertThat(_find(done, Paragraph.class, p -> p.withId("review-development-final"))).singleElement()
                .extracting(Paragraph::getText).isEqualTo("Definitief: door beiden ondertekend.");
        Section signatures = _get(Section.class, s -> s.withId("review-signatures"));
        assertThat(_find(signatures, ListItem.class).stream().map(i -> i.getElement().getTextRecursively()).toList())
                .anyMatch(t -> t.startsWith("Ontwikkelgesprek vastgelegd en ondertekend"))
                .anyMatch(t -> t.startsWith("Ontwikkelgesprek voor gezien getekend"));
        assertThat(_find(Section.class, s -> s.withId("review-record-assessment"))).isEmpty();
    }
}
