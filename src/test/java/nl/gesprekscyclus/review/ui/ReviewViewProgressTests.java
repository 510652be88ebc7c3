package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress phase on the review screen, for Mehmet Yilmaz (beleidsadviseur, coordinated by Jeroen van der Meer,
 * managed by Annemarie Bakker) in next year's round: his planning is done through the services, the engine's clock
 * moves to the start of the progress window; then on the screen he reflects on each agreement and finishes, the
 * coordinator gives input, the manager records the voortgangsgesprek, and the report is shown read-only.
 * <p>
 * Tests share one database: Mehmet (100028) is used by no other test.
 */
class ReviewViewProgressTests extends KaribuTest {

    static final int YEAR = TestYears.NEXT;
    static final String MEHMET = TestPeople.MEHMET.login();
    static final String MEHMET_NUMBER = TestPeople.MEHMET.personnelNumber();
    static final String KEY = YEAR + "/" + MEHMET_NUMBER;

    @Autowired
    ReviewReadService reads;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    ProgressService progress;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        driver().resetClock();
        Login.logout();
    }

    @Test
    void shouldTakeMehmetsReviewThroughTheProgressPhaseOnTheScreen() {
        ProcessDriver driver = driver();
        long id = plannedReviewOfMehmet(driver);
        Login.as(users, MEHMET);
        driver.moveClockTo(reads.dossier(id).review().dates().progressStart());
        driver.runDueJobsOf(KEY);
        assertThat(driver.openTasks(KEY)).containsExactly("selfReflection");

        // Mehmet reflects on the first agreement only
        login(MEHMET);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        ProgressReflectionForm reflection = view.todo.panel(SelfReflectionPanel.class).form;
        assertThat(reflection).isNotNull();
        assertThat(reflection.rows).extracting(r -> r.agreement.data().description())
                .containsExactly("Nota regionale samenwerking", "Evaluatie subsidiebeleid");
        ProgressReflectionForm.Row first = reflection.rows.get(0);
        ProgressReflectionForm.Row second = reflection.rows.get(1);
        assertThat(first.state.getText()).isEqualTo("Nog niet ingevuld");
        first.status.setValue(ProgressStatus.AT_RISK);
        first.text.setValue("Afhankelijk van de planning van de raad.");
        _click(first.save);
        assertThat(first.state.getText()).isEqualTo("Opgeslagen");

        // saving without a status: the message next to the field, what was typed stays
        second.text.setValue("Loopt volgens plan.");
        _click(second.save);
        assertThat(second.status.isInvalid()).isTrue();
        assertThat(second.status.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(second.text.getValue()).isEqualTo("Loopt volgens plan.");

        // finishing with a missing reflection: the rule at the top of the panel, nothing finished
        _click(view.todo.panel(SelfReflectionPanel.class).submit);
        ConfirmDialog confirm = openConfirm();
        assertThat(ConfirmDialogKt.getText(confirm)).contains("1 van de 2").contains("Jeroen van der Meer");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(view.todo.errors.isVisible()).isTrue();
        assertThat(_find(view.todo.errors, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Geef bij elke resultaatafspraak aan hoe het ervoor staat.");
        assertThat(driver.openTasks(KEY)).containsExactly("selfReflection");

        second.status.setValue(ProgressStatus.ON_TRACK);
        _click(second.save);
        assertThat(second.status.isInvalid()).isFalse();
        assertThat(second.state.getText()).isEqualTo("Opgeslagen");
        _click(view.todo.panel(SelfReflectionPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).containsExactly("progressInput");
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(SelfReflectionPanel.class)).isNull();
        Section reflections = _get(Section.class, s -> s.withId("review-reflections"));
        assertThat(_find(reflections, Span.class, s -> s.withText("Risico"))).hasSize(1);
        assertThat(_find(reflections, Span.class, s -> s.withText("Op koers"))).hasSize(1);

        // the coordinator gives input on the progress and finishes
        login(DemoUsers.COORDINATOR);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        PlanningInputForm coordinator = view.todo.panel(CoordinatorInputPanel.class).form;
        assertThat(coordinator).isNotNull();
        coordinator.text.setValue("De nota loopt vertraging op door de raad.");
        _click(coordinator.add);
        view = _get(ReviewView.class);
        _click(view.todo.panel(CoordinatorInputPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).containsExactly("progressConversation");

        // the manager sees the reflections and the input above the form
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        ProgressConversationForm conversation = view.todo.panel(ProgressConversationPanel.class).form;
        assertThat(conversation).isNotNull();
        // Vaadin's own texts in the date picker speak the screen's language
        assertThat(conversation.conversationDate.getI18n().getMonthNames()).startsWith("januari", "februari");
        assertThat(conversation.conversationDate.getI18n().getToday()).isEqualTo("Vandaag");
        assertThat(_find(conversation.reflections, Paragraph.class, s -> s.withText("Afhankelijk van de planning van de raad.")))
                .hasSize(1);
        assertThat(_find(conversation.reflections, Span.class, s -> s.withText("Risico"))).hasSize(1);
        assertThat(_find(conversation.inputs, Paragraph.class, s -> s.withText("De nota loopt vertraging op door de raad.")))
                .hasSize(1);

        // a date in the future is refused next to the field; the report stays
        LocalDate today = LocalDate.now(clock);
        conversation.conversationDate.setValue(today.plusDays(2));
        conversation.report.setValue("Besproken: de nota loopt vertraging op; nieuwe planning in september.");
        _click(view.todo.panel(ProgressConversationPanel.class).record);
        ConfirmDialog record = openConfirm();
        assertThat(ConfirmDialogKt.getText(record)).contains("Mehmet Yilmaz").contains("voortgangsfase afgerond");
        ConfirmDialogKt._fireConfirm(record);
        assertThat(conversation.conversationDate.isInvalid()).isTrue();
        assertThat(conversation.conversationDate.getErrorMessage()).isEqualTo("De datum van het gesprek ligt in de toekomst.");
        assertThat(conversation.report.getValue()).startsWith("Besproken:");
        assertThat(driver.openTasks(KEY)).containsExactly("progressConversation");

        conversation.conversationDate.setValue(today);
        _click(view.todo.panel(ProgressConversationPanel.class).record);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).isEmpty();

        // the report, read-only
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(ProgressConversationPanel.class)).isNull();
        Section report = _get(Section.class, s -> s.withId("review-progress-report"));
        assertThat(_find(report, Paragraph.class, s -> s.withText(
                "Besproken: de nota loopt vertraging op; nieuwe planning in september."))).hasSize(1);
        String day = ReviewFormat.date(today, UI.getCurrent().getLocale());
        assertThat(_find(report, Span.class, s -> s.withText(day))).hasSize(1);

        login(MEHMET);
        navigate("gesprek/" + id);
        assertThat(_find(Section.class, s -> s.withId("review-progress-report"))).hasSize(1);
    }

    /** The shape of the 2070 round: two progress conversations, in June and in September. */
    static final int SHAPED_YEAR = TestYears.TWO_PROGRESS_CONVERSATIONS;
    static final String SHAPED_KEY = SHAPED_YEAR + "/" + MEHMET_NUMBER;

    @Test
    void shouldHoldEachProgressConversationOfTheRoundsShapeWithItsOwnReflectionsAndReport() {
        ProcessDriver driver = driver();
        long id = planned(driver, ReviewScenario.of(context, TestPeople.MEHMET).inRound(SHAPED_YEAR,
                AssessmentPolicy.DEFAULTS, new RoundShape(List.of(
                        new RoundCalendar.Phase(LocalDate.of(SHAPED_YEAR, 6, 1), LocalDate.of(SHAPED_YEAR, 6, 30)),
                        new RoundCalendar.Phase(LocalDate.of(SHAPED_YEAR, 9, 1), LocalDate.of(SHAPED_YEAR, 9, 30))),
                        true, false)));
        LocalDate today = LocalDate.now(clock);

        for (int n = 1; n <= 2; n++) {
            int number = n;
            driver.moveClockTo(LocalDate.of(SHAPED_YEAR, number == 1 ? 6 : 9, 1));
            driver.runDueJobsOf(SHAPED_KEY);
            assertThat(driver.openTasks(SHAPED_KEY)).containsExactly("selfReflection");

            // the screen says which conversation this is, and the form starts empty for each one
            login(MEHMET);
            navigate("gesprek/" + id);
            ReviewView view = _get(ReviewView.class);
            SelfReflectionPanel panel = view.todo.panel(SelfReflectionPanel.class);
            assertThat(_find(panel, Paragraph.class, p -> p.withText("Voortgangsgesprek " + number + " van 2")))
                    .hasSize(1);
            assertThat(panel.form.rows).extracting(r -> r.state.getText())
                    .containsOnly("Nog niet ingevuld");
            Login.as(users, MEHMET);
            for (ResultAgreement agreement : reads.dossier(id).resultAgreements()) {
                progress.reflect(id, agreement.getLineage(), number == 1 ? ProgressStatus.AT_RISK
                        : ProgressStatus.ON_TRACK, "Gesprek " + number);
            }
            progress.submitReflection(id);
            Login.as(users, DemoUsers.COORDINATOR);
            input.submitInput(id);
            Login.as(users, DemoUsers.MANAGER);
            progress.recordConversation(id, today, "Verslag van gesprek " + number + ".");
            Login.logout();
            // HR's Voortgang counts the progress phase as done only after the last conversation
            assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select count(*) from review_phase_change where review_id = ? and phase = 'PROGRESS'"
                            + " and kind = 'FINISHED'", Integer.class, id)).isEqualTo(number == 2 ? 1 : 0);
        }
        // after the second conversation the review waits for the assessment's window
        assertThat(driver.openTasks(SHAPED_KEY)).isEmpty();

        // both conversations are in the record, each under its own heading with its own reflections and report
        login(MEHMET);
        navigate("gesprek/" + id);
        Section record = _get(Section.class, s -> s.withId("review-record-progress"));
        assertThat(_find(record, com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                .contains("Voortgangsgesprek 1 van 2", "Voortgangsgesprek 2 van 2");
        assertThat(_find(_get(Section.class, s -> s.withId("review-progress-report")), Paragraph.class,
                p -> p.withText("Verslag van gesprek 1."))).hasSize(1);
        assertThat(_find(_get(Section.class, s -> s.withId("review-progress-report-2")), Paragraph.class,
                p -> p.withText("Verslag van gesprek 2."))).hasSize(1);
        assertThat(_find(_get(Section.class, s -> s.withId("review-reflections")), Span.class,
                s -> s.withText("Risico"))).hasSize(2);
        assertThat(_find(_get(Section.class, s -> s.withId("review-reflections-2")), Span.class,
                s -> s.withText("Op koers"))).hasSize(2);
    }

    /** Mehmet's review of next year, through the planning: two agreements, set and agreed. */
    private long plannedReviewOfMehmet(ProcessDriver driver) {
        return planned(driver, ReviewScenario.of(context, TestPeople.MEHMET).inYear(YEAR));
    }

    /** His review of the scenario's year, through the planning: two agreements, set and agreed. */
    private long planned(ProcessDriver driver, ReviewScenario review) {
        review.agreed();
        assertThat(driver.openTasks(review.key())).isEmpty();
        return review.id();
    }

    /** The confirmation that is open now (Karibu keeps earlier, closed dialogs in the UI). */
}
