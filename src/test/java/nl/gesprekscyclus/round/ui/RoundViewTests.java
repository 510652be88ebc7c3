package nl.gesprekscyclus.round.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The P&O screen "Jaarronde": only HR opens it; it starts next year's round after a confirmation that names the
 * people, and then shows it, following the start by itself; a personnel number that names nobody in service is
 * refused before the confirmation; a calendar that breaks a rule shows the message next to the date and starts
 * nothing.
 * <p>
 * Tests share one database per Spring context, and other tests start the rounds of this year, last year and next
 * year. This class asks for a fresh context ({@code BEFORE_CLASS}), so next year has no round yet and the start
 * form is really there. It leaves next year's round (for one person, 100033) in that context; WholeReviewTests
 * is written for that case (Sanne joins the existing round).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class RoundViewTests extends KaribuTest {

    static final int THIS_YEAR = LocalDate.now().getYear();
    static final int NEXT_YEAR = THIS_YEAR + 1;
    static final String LOTTE = "100033";

    @Autowired
    RoundService rounds;

    @Test
    void shouldStartNextYearsRoundAfterConfirmationAndShowIt() {
        login(DemoUsers.HR);
        navigate("jaarronde");
        RoundView view = _get(RoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Jaarronde");
        assertThat(rounds.round(NEXT_YEAR)).as("a fresh context: nobody started next year's round yet").isEmpty();
        assertThat(view.year.getValue()).as("next year, as it has no round yet").isEqualTo(NEXT_YEAR);
        RoundStartForm form = view.form;
        assertThat(form).isNotNull();
        assertThat(form.planningStart.getValue()).isEqualTo(rounds.defaultCalendar(NEXT_YEAR).planning().start());
        assertThat(form.assessmentEnd.getValue()).isEqualTo(rounds.defaultCalendar(NEXT_YEAR).assessment().end());

        form.who.setValue(RoundStartForm.Who.PERSONS);
        assertThat(form.persons.isVisible()).isTrue();
        assertThat(form.units.isVisible()).isFalse();
        form.persons.setValue(" " + LOTTE + ", ");
        form.start.click();
        ConfirmDialog confirm = openDialog();
        assertThat(ConfirmDialogKt.getText(confirm))
                .startsWith("Voor 1 medewerker: Lotte de Boer (" + LOTTE + ") wordt een gesprekscyclus " + NEXT_YEAR
                        + " gestart, met de planning van 1 januari " + NEXT_YEAR)
                .contains("op de achtergrond");
        assertThat(rounds.round(NEXT_YEAR)).as("nothing before the confirmation").isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        Round round = rounds.round(NEXT_YEAR).orElseThrow();
        assertThat(round.selection().personnelNumbers()).containsExactly(LOTTE);
        assertThat(view.form).isNull();
        RoundOverviewPanel overview = view.overview;
        assertThat(overview.status.getText()).isEqualTo("Open");
        assertThat(overview.selection.getText()).isEqualTo("Medewerkers: Lotte de Boer (" + LOTTE + ")");
        assertThat(overview.startedByText()).startsWith("door Marloes van den Berg op ");
        // the assessment policy the round keeps (config/cycle.yaml: Ommen's)
        assertThat(overview.policy.policy.getText()).isEqualTo("Geen tweede beoordelaar. De leidinggevende stelt de"
                + " beoordeling vast. Wie geen leidinggevende heeft, doet niet mee. Het advies van P&O is voor de"
                + " leidinggevende; de medewerker leest het niet.");
        assertThat(overview.policy.notStarted.isVisible()).isFalse();
        // the job executor is off in tests: the reviews have not been started yet, and the screen follows it
        assertThat(overview.progress.getText()).isEqualTo("0 van 1 medewerkers gestart");
        assertThat(overview.starting.isVisible()).isTrue();
        // after a crash the count stands still for a while: the screen says it goes on by itself
        long minutes = RoundOverviewPanel.minutes(rounds.startResumesAfterRestartWithin());
        assertThat(overview.resumes.getText()).isEqualTo("Is de applicatie tussendoor opnieuw opgestart, dan gaat het"
                + " starten binnen " + minutes + " minuten na de herstart vanzelf verder: u hoeft niets opnieuw te starten.");
        assertThat(overview.resumes.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(RoundView.POLL_MILLIS);
        assertThat(phases()).containsExactly("Planning: 0, waarvan 0 te laat",
                "Planning klaar, wacht op de voortgang: 0", "Voortgang: 0, waarvan 0 te laat",
                "Voortgang klaar, wacht op de beoordeling: 0", "Beoordeling: 0, waarvan 0 te laat",
                "Afgerond (ondertekend): 0", "Voortijdig beëindigd (bijvoorbeeld uit dienst): 0");
        assertThat(view.year.getItemLabelGenerator().apply(NEXT_YEAR)).isEqualTo(NEXT_YEAR + " (open)");

        // the process starts her review in the background; the next poll shows it without "Vernieuwen"
        driver().runDueJobsOf("round-" + NEXT_YEAR);
        poll();
        assertThat(view.overview.progress.getText()).isEqualTo("1 van 1 medewerkers gestart");
        assertThat(phases()).startsWith("Planning: 1, waarvan 0 te laat");
        assertThat(view.overview.starting.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once everyone has started").isEqualTo(-1);

        overview.refresh.click();
        assertThat(view.overview.status.getText()).isEqualTo("Open");
        assertThat(overview.progress.getText()).isEqualTo("1 van 1 medewerkers gestart");
        assertThat(overview.resumes.isVisible()).isFalse();

        // closing asks first; cancelled, the round stays open (other tests still use it)
        assertThat(overview.close.isVisible()).isTrue();
        overview.close.click();
        ConfirmDialog close = openDialog();
        assertThat(ConfirmDialogKt.getText(close)).contains("Gesprekscycli die al lopen, gaan gewoon door.");
        ConfirmDialogKt._fireCancel(close);
        assertThat(rounds.round(NEXT_YEAR).orElseThrow().isOpen()).isTrue();

        // opening the screen again: next year has a round now, so this year is proposed
        navigate("jaarronde");
        assertThat(_get(RoundView.class).year.getValue()).isEqualTo(THIS_YEAR);
    }

    @Test
    void shouldShowAnOverlappingPhaseNextToTheDateAndStartNothing() {
        login(DemoUsers.HR);
        navigate("jaarronde");
        RoundView view = _get(RoundView.class);
        int year = IntStream.of(NEXT_YEAR, THIS_YEAR, THIS_YEAR - 1).filter(y -> rounds.round(y).isEmpty())
                .findFirst().orElseThrow();
        view.year.setValue(year);
        RoundStartForm form = view.form;

        // a selection that names nobody is refused on the screen, before any confirmation
        form.who.setValue(RoundStartForm.Who.PERSONS);
        form.start.click();
        assertThat(form.persons.isInvalid()).isTrue();
        assertThat(form.persons.getErrorMessage()).isEqualTo("Vul ten minste één personeelsnummer in.");
        form.persons.setValue("100033 nummer!");
        form.start.click();
        assertThat(form.persons.getErrorMessage()).startsWith("Geen geldig personeelsnummer: nummer!.");
        assertThat(_find(ConfirmDialog.class)).isEmpty();

        // numbers that name nobody, or someone who left, are refused by number and name before the confirmation
        form.persons.setValue(LOTTE + " 999999 100027");
        form.start.click();
        assertThat(form.persons.isInvalid()).isTrue();
        assertThat(form.persons.getErrorMessage()).isEqualTo("Bij deze personeelsnummers hoort geen medewerker: "
                + "999999. Niet (meer) in dienst, dus geen gesprekscyclus: Mark Bosch (100027).");
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(rounds.round(year)).isEmpty();

        form.persons.setValue(LOTTE);
        form.progressStart.setValue(form.planningEnd.getValue().minusDays(10));
        form.start.click();
        assertThat(form.persons.isInvalid()).isFalse();
        ConfirmDialogKt._fireConfirm(openDialog());

        assertThat(form.progressStart.isInvalid()).isTrue();
        assertThat(form.progressStart.getErrorMessage()).isEqualTo("Deze fase begint voordat de vorige is afgelopen.");
        assertThat(form.planningStart.isInvalid()).isFalse();
        assertThat(view.form).as("the form stays, with what was typed").isSameAs(form);
        assertThat(rounds.round(year)).isEmpty();
    }

    @Test
    void shouldShowTheScreenInTheMenuOfHr() {
        login(DemoUsers.HR);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).contains("Jaarronde");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.EMPLOYEE, DemoUsers.ADMIN})
    void shouldRefuseTheScreenToOthersThanHr(String user) {
        login(user);
        try {
            navigate("jaarronde");
        } catch (MockAccessDeniedException expected) {
            // Karibu reports the annotation check directly
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(RoundView.class);
        navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).doesNotContain("Jaarronde");
    }

    /** The counts per phase, as the overview lists them. */
    private static List<String> phases() {
        return _find(_get(RoundView.class).overview.phases, ListItem.class).stream().map(ListItem::getText).toList();
    }

    /** What the browser does every {@link RoundView#POLL_MILLIS} while the UI polls. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    /** The confirmation that is open now (Karibu keeps earlier, closed dialogs in the UI). */
    private static ConfirmDialog openDialog() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** Whoever the policy leaves without a review is named on the round's screen, with the reason the round gave. */
    @Test
    void shouldNameWhoHasNoReviewUnderThePolicyAndWhy() {
        login(DemoUsers.HR);
        RoundPolicySection section = new RoundPolicySection();
        String reason = "Annemarie Bakker heeft geen leidinggevende, en cycle.yaml noemt niemand die de top van de"
                + " organisatie beoordeelt (assessmentPolicy.topAssessor: none): Annemarie Bakker doet niet mee aan de"
                + " gesprekscyclus.";
        section.update(new nl.gesprekscyclus.round.RoundOverview(1, THIS_YEAR, Round.OPEN,
                rounds.defaultCalendar(THIS_YEAR), nl.gesprekscyclus.round.RoundSelection.everyone(), java.util.Map.of(),
                45, 44, false, java.util.Map.of(), "Marloes van den Berg", java.time.Instant.now(), null,
                new nl.gesprekscyclus.cycle.AssessmentPolicy("nextLevel", "gemeentesecretaris", "940001", true),
                List.of(new nl.gesprekscyclus.round.RoundOverview.NotStarted("100001", "Annemarie Bakker", reason)),
                true, false));
        assertThat(section.policy.getText()).isEqualTo("De leidinggevende van de leidinggevende is tweede"
                + " beoordelaar. De top van de organisatie (de gemeentesecretaris) stelt de beoordeling vast. Wie geen"
                + " leidinggevende heeft, wordt beoordeeld door personeelsnummer 940001. De medewerker leest het advies"
                + " van P&O.");
        assertThat(section.notStarted.isVisible()).isTrue();
        assertThat(_find(section, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Annemarie Bakker (100001): " + reason);
    }
}
