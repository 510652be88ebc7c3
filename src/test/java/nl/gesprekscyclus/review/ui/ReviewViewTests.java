package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.base.ui.AccessDeniedView;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementChangeProposal;
import nl.gesprekscyclus.review.AgreementChangeService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screen of one review, through the planning of Bart Jansen (Regisseur/adviseur, normfunctie Adviseur III;
 * coordinated by Jeroen van der Meer, managed by Annemarie Bakker) in next year's round: he drafts agreements in
 * the dialog, the weights must add up, he submits; the coordinator gives input; the manager sets; Bart disagrees
 * with a reason; the manager adjusts and sets again; Bart agrees. Colleagues and HR get "Geen toegang".
 * <p>
 * Tests share one database: Bart (100012) is used by no other test; next year's round is reused when another test
 * started it already (Bart joins it).
 */
class ReviewViewTests extends KaribuTest {

    static final int YEAR = TestYears.NEXT;
    static final String BART = TestPeople.BART.login();
    static final String BART_NUMBER = TestPeople.BART.personnelNumber();
    static final String KEY = YEAR + "/" + BART_NUMBER;
    static final String COLLEAGUE = "dijkstra";

    @Autowired
    ReviewReadService reads;
    @Autowired
    AgreementChangeService changes;

    @Test
    void shouldTakeBartsAgreementsThroughThePlanningOnTheScreen() {
        ProcessDriver driver = driver();
        long id = reviewOfBart(driver);
        assertThat(driver.openTasks(KEY)).containsExactly("draftAgreements");

        // Bart opens his review: header, the three phases, two columns
        login(BART);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Gesprekscyclus " + YEAR);
        assertThat(text("review-employee")).isEqualTo("Bart Jansen");
        assertThat(text("review-job-title")).isEqualTo("Regisseur/adviseur");
        assertThat(text("review-job-profile")).isEqualTo("Adviseur III");
        assertThat(text("review-year")).isEqualTo(String.valueOf(YEAR));
        assertThat(text("review-phase")).isEqualTo("Planning");
        List<ListItem> steps = _find(view.timeline, ListItem.class);
        assertThat(steps).extracting(s -> s.getElement().getAttribute("data-phase"))
                .containsExactly("PLANNING", "PROGRESS", "ASSESSMENT");
        assertThat(steps).extracting(s -> s.getElement().getAttribute("aria-current"))
                .containsExactly("step", null, null);
        assertThat(_find(steps.get(0), Span.class).stream().map(Span::getText))
                .contains("Planning", "Huidige fase", "1 januari " + YEAR + " tot en met 1 maart " + YEAR);
        assertThat(_find(steps.get(1), Span.class).stream().map(Span::getText)).contains("Nog niet begonnen");

        Section profile = _get(Section.class, s -> s.withId("review-profile"));
        assertThat(_find(profile, NativeButton.class).stream().map(NativeButton::getText))
                .containsExactly("Advies", "Beleidsontwikkeling", "Procesbewaking en regie", "Relatiebeheer");
        // issue 17: links to the parts of the page that are there (no record and no documents yet)
        assertThat(_find(_get(ReviewPageNavigation.class), Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Wat u nu kunt doen", "Normfunctie", "Afspraken", "Competenties", "Gesprekken",
                        "Feedback van collega's");
        assertThat(_find(_get(ReviewPageNavigation.class), Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("gesprek/" + id + "#review-todo", "gesprek/" + id + "#review-profile",
                        "gesprek/" + id + "#review-agreements", "gesprek/" + id + "#review-competencies",
                        "gesprek/" + id + "#checkins", "gesprek/" + id + "#feedback");
        assertThat(_get(ReviewPageNavigation.class).getAriaLabel()).hasValue("Op deze pagina");

        // the competencies under both columns, nothing rated yet in the planning
        Section competencies = _get(Section.class, s -> s.withId("review-competencies"));
        assertThat(_find(competencies, Div.class, s -> s.withClasses("competency")).stream()
                .map(d -> d.getElement().getAttribute("data-competency") + " " + d.getElement().getAttribute("data-level")))
                .containsExactly("analytisch-vermogen B", "visie B", "inlevingsvermogen B", "initiatief B",
                        "overtuigingskracht B");
        assertThat(_find(competencies, Span.class, s -> s.withClasses("level-badge")).get(0).getText())
                .startsWith("Verwacht niveau: Niveau B");
        assertThat(_find(competencies, Div.class, s -> s.withClasses("review-competency-ratings"))).isEmpty();
        assertThat(_get(Section.class, s -> s.withId("review-agreements"))).isNotNull();
        assertThat(view.todo.panel(DraftAgreementsPanel.class).submit).isNotNull();
        assertThat(view.todo.panel(AgreeAgreementsPanel.class)).isNull();

        // choosing a resultaatgebied on the left marks its agreements on the right, and back
        toggle(profile, "RG2");
        assertThat(area("RG2").getClassNames()).contains(ReviewHighlighter.CLASS);
        assertThat(group("RG2").getClassNames()).contains(ReviewHighlighter.CLASS);
        assertThat(group("RG1").getClassNames()).doesNotContain(ReviewHighlighter.CLASS);
        assertThat(toggleOf(profile, "RG2").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        toggle(_get(Section.class, s -> s.withId("review-agreements")), "RG2");
        assertThat(area("RG2").getClassNames()).doesNotContain(ReviewHighlighter.CLASS);
        assertThat(group("RG2").getClassNames()).doesNotContain(ReviewHighlighter.CLASS);

        // issue 17, on a phone: one part at a time behind tabs, what he can do now first; no record tab before
        // anything is recorded; the agreements tab chosen stays chosen when the screen is shown again after a save
        ReviewPhoneTabs tabs = _get(ReviewPhoneTabs.class);
        assertThat(_find(tabs, Tab.class)).extracting(Tab::getLabel).containsExactly("Nu doen", "Afspraken", "Profiel");
        assertThat(view.getClassNames()).contains("review-tab-todo");
        assertThat(view.todo.getClassNames()).contains("review-part", "review-part-todo");
        assertThat(_get(Section.class, s -> s.withId("review-agreements")).getClassNames()).contains("review-part-agreements");
        assertThat(_get(Section.class, s -> s.withId("review-competencies")).getClassNames()).contains("review-part-profile");
        tabs.setSelectedTab(_get(tabs, Tab.class, s -> s.withId("review-tab-agreements")));
        assertThat(view.getClassNames()).contains("review-tab-agreements").doesNotContain("review-tab-todo");

        // the first agreement: without a criterion the dialog stays open, with the message next to the field
        _click(_get(Button.class, s -> s.withId("review-add-agreement")));
        AgreementDialog dialog = openDialog(AgreementDialog.class);
        dialog.resultArea.setValue("RG1");
        dialog.description.setValue("Advies over de regionale samenwerking");
        dialog.deadline.setValue(LocalDate.of(YEAR, 6, 30));
        dialog.weight.setValue(60);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.criterion.isInvalid()).isTrue();
        assertThat(dialog.criterion.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(dialog.description.isInvalid()).isFalse();
        assertThat(dialog.description.getValue()).isEqualTo("Advies over de regionale samenwerking");
        dialog.criterion.setValue("Het college neemt het advies over");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(cards("RG1")).containsExactly("Advies over de regionale samenwerking");
        assertThat(_get(ReviewPhoneTabs.class).getSelectedTab().getLabel()).isEqualTo("Afspraken");
        assertThat(_get(ReviewView.class).getClassNames()).contains("review-tab-agreements").doesNotContain("review-tab-todo");

        // the second, from a chosen area: the dialog proposes that area
        toggle(profile(), "RG2");
        _click(_get(Button.class, s -> s.withId("review-add-agreement")));
        AgreementDialog second = openDialog(AgreementDialog.class);
        assertThat(second.resultArea.getValue()).isEqualTo("RG2");
        second.description.setValue("Nota duurzaamheid");
        second.criterion.setValue("Vastgesteld door de raad");
        second.weight.setValue(30);
        _click(second.save);
        assertThat(cards("RG2")).containsExactly("Nota duurzaamheid");
        assertThat(standings()).as("drafts he is writing").containsOnly("Concept");
        assertThat(group("RG2").getClassNames()).as("the choice survives saving").contains(ReviewHighlighter.CLASS);
        // issue 21: the normfunctie and the competencies rendered the same after the save, so the page kept them (Vaadin
        // sent nothing of them again); their toggles still mark the agreements shown now, and unmark them
        assertThat(profile()).isSameAs(profile);
        assertThat(_get(Section.class, s -> s.withId("review-competencies"))).isSameAs(competencies);
        toggle(profile(), "RG2");
        assertThat(group("RG2").getClassNames()).doesNotContain(ReviewHighlighter.CLASS);
        assertThat(area("RG2").getClassNames()).doesNotContain(ReviewHighlighter.CLASS);
        toggle(profile(), "RG1");
        assertThat(group("RG1").getClassNames()).contains(ReviewHighlighter.CLASS);
        assertThat(_find(_get(Section.class, s -> s.withId("review-agreements")), Div.class,
                d -> d.withClasses(ReviewHighlighter.CLASS))).as("only the chosen area's agreements are marked")
                .containsExactly(group("RG1"));
        toggle(profile(), "RG2");
        assertThat(_get(Paragraph.class, s -> s.withId("review-weight-total")).getText()).startsWith("Totaal gewicht: 90");

        // submitting with weights that add up to 90: the rule at the top, nothing submitted
        view = _get(ReviewView.class);
        _click(view.todo.panel(DraftAgreementsPanel.class).submit);
        ConfirmDialog confirm = openConfirm();
        assertThat(ConfirmDialogKt.getText(confirm)).contains("2 resultaatafspraken").contains("Jeroen van der Meer")
                .contains("Annemarie Bakker");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(view.todo.errors.isVisible()).isTrue();
        assertThat(_find(view.todo.errors, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("De gewichten tellen op tot 90; dat moet 100 zijn.");
        assertThat(driver.openTasks(KEY)).containsExactly("draftAgreements");

        // he corrects the weight, adds a development agreement and submits
        _click(editButton("Nota duurzaamheid"));
        AgreementDialog edit = openDialog(AgreementDialog.class);
        assertThat(edit.description.getValue()).isEqualTo("Nota duurzaamheid");
        edit.weight.setValue(40);
        _click(edit.save);
        assertThat(_get(Paragraph.class, s -> s.withId("review-weight-total")).getText()).isEqualTo("Totaal gewicht: 100");
        _click(_get(Button.class, s -> s.withId("review-add-development")));
        AgreementDevelopmentDialog development = openDialog(AgreementDevelopmentDialog.class);
        development.goal.setValue("Regie op ketenpartners");
        development.growingActivities.setValue("Regie voeren");
        development.shrinkingActivities.setValue("Zelf uitvoeren");
        _click(development.save);
        assertThat(development.isOpened()).isFalse();
        Section developments = _get(Section.class, s -> s.withId("review-development-agreements"));
        assertThat(_find(developments, Span.class, s -> s.withText("Regie op ketenpartners"))).hasSize(1);
        assertThat(_find(developments, Span.class, s -> s.withText("Functieperspectief"))).hasSize(1);

        view = _get(ReviewView.class);
        _click(view.todo.panel(DraftAgreementsPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).containsExactly("planningInput");
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(DraftAgreementsPanel.class)).isNull();
        assertThat(_find(Button.class, s -> s.withId("review-add-agreement"))).as("drafts are no longer his to edit")
                .isEmpty();

        // the coordinator gives input on the first agreement and finishes
        login(DemoUsers.COORDINATOR);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        PlanningInputForm input = view.todo.panel(CoordinatorInputPanel.class).form;
        assertThat(input).isNotNull();
        assertThat(_find(Button.class, s -> s.withId("review-add-agreement"))).isEmpty();
        _click(input.add);
        assertThat(input.text.isInvalid()).isTrue();
        assertThat(input.text.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        input.about.setValue(input.about.getListDataView().getItems()
                .filter(x -> x.label().contains("regionale samenwerking")).findFirst().orElseThrow());
        input.text.setValue("Goed meetbaar; let op de vergaderplanning van het college.");
        _click(input.add);
        view = _get(ReviewView.class);
        Section inputs = _get(Section.class, s -> s.withId("review-coordinator-input"));
        assertThat(_find(inputs, Paragraph.class, s -> s.withText("Goed meetbaar; let op de vergaderplanning van het college.")))
                .hasSize(1);
        assertThat(_find(inputs, Span.class, s -> s.withText("Over de afspraak “Advies over de regionale samenwerking”")))
                .hasSize(1);
        _click(view.todo.panel(CoordinatorInputPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).containsExactly("planningConversation");

        // the manager sees the input and sets the agreements
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(_find(Paragraph.class, s -> s.withText("Goed meetbaar; let op de vergaderplanning van het college.")))
                .hasSize(1);
        assertThat(view.todo.panel(PlanningConversationPanel.class).set).isNotNull();
        assertThat(_find(Button.class, s -> s.withId("review-add-agreement"))).as("the manager may adjust").hasSize(1);
        assertThat(standings()).as("still a concept in the planning conversation").containsOnly("Concept");
        _click(view.todo.panel(PlanningConversationPanel.class).set);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(KEY)).containsExactly("agreeAgreements");
        // set by the manager, not yet agreed: they say so, to the manager and to Bart (not "Concept")
        assertThat(standings()).hasSize(3).containsOnly("Vastgesteld");

        // Bart does not agree: a reason is required, then it goes back to the manager
        login(BART);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(AgreeAgreementsPanel.class).agree).isNotNull();
        assertThat(standings()).as("what he is asked to agree to").hasSize(3).containsOnly("Vastgesteld");
        _click(view.todo.panel(AgreeAgreementsPanel.class).disagree);
        PlanningDisagreeDialog disagree = openDialog(PlanningDisagreeDialog.class);
        _click(disagree.send);
        assertThat(disagree.isOpened()).isTrue();
        assertThat(disagree.reason.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        disagree.reason.setValue("De deadline van het advies is te krap.");
        _click(disagree.send);
        assertThat(disagree.isOpened()).isFalse();
        assertThat(driver.openTasks(KEY)).containsExactly("planningConversation");

        // the manager reads why, moves the deadline and sets again
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(_find(_get(Div.class, s -> s.withId("review-last-disagreement")), Paragraph.class).stream()
                .map(Paragraph::getText)).contains("De deadline van het advies is te krap.");
        assertThat(standings()).as("back in the conversation: a concept again").containsOnly("Concept");
        _click(editButton("Advies over de regionale samenwerking"));
        AgreementDialog moved = openDialog(AgreementDialog.class);
        moved.deadline.setValue(LocalDate.of(YEAR, 9, 30));
        _click(moved.save);
        assertThat(moved.isOpened()).isFalse();
        view = _get(ReviewView.class);
        _click(view.todo.panel(PlanningConversationPanel.class).set);
        ConfirmDialogKt._fireConfirm(openConfirm());

        // Bart agrees: the confirmation says that agreeing signs them
        login(BART);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        _click(view.todo.panel(AgreeAgreementsPanel.class).agree);
        ConfirmDialog agree = openConfirm();
        assertThat(ConfirmDialogKt.getText(agree)).contains("ondertekent u").contains("2 resultaatafspraken");
        ConfirmDialogKt._fireConfirm(agree);
        assertThat(driver.openTasks(KEY)).isEmpty();
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(AgreeAgreementsPanel.class)).isNull();
        assertThat(_find(view.agreements, Div.class, s -> s.withClasses("review-agreement")).stream()
                .map(d -> d.getElement().getAttribute("data-status"))).containsOnly("CURRENT");
        assertThat(standings()).hasSize(3).containsOnly("Akkoord");
        assertThat(_find(view.agreements, Button.class, s -> s.withClasses("review-edit"))).isEmpty();
        assertThat(_find(Section.class, s -> s.withId("review-signatures"))).hasSize(1);
        assertThat(_find(Span.class, s -> s.withText("Akkoord met de afspraken"))).hasSize(1);

        // a change by mutual consent makes version 2; version 1 stays readable behind "Versies"
        ResultAgreement first = reads.dossier(id).resultAgreements().stream()
                .filter(a -> a.data().description().startsWith("Advies")).findFirst().orElseThrow();
        AgreementChange change = changes.propose(id, new AgreementChangeProposal(List.of(
                new AgreementChangeProposal.ResultAgreementChange(first.getLineage(), new ResultAgreementData("RG1",
                        null, "Advies over de regionale samenwerking", "Het college neemt het advies over",
                        LocalDate.of(YEAR, 11, 30), 60))), List.of()), "Het college vergadert later");
        login(DemoUsers.MANAGER);
        changes.decide(change.getId(), true, "Akkoord");
        login(BART);
        navigate("gesprek/" + id);
        assertThat(cards("RG1")).as("only the current version in the list").hasSize(1);
        assertThat(standings()).as("the changed one, and the two that stayed").containsExactlyInAnyOrder("Gewijzigd",
                "Akkoord", "Akkoord");
        _click(_get(Button.class, s -> s.withClasses("review-versions-button")));
        AgreementVersionsDialog versions = openDialog(AgreementVersionsDialog.class);
        List<ListItem> items = _find(versions.versions, ListItem.class);
        assertThat(items).extracting(i -> i.getElement().getAttribute("data-version")).containsExactly("2", "1");
        assertThat(_find(items.get(1), H3.class).get(0).getText()).isEqualTo("Versie 1 – Vervangen");
        assertThat(_find(items.get(0), H3.class).get(0).getText()).isEqualTo("Versie 2 – Gewijzigd");
        // by name, not by username: Bart wrote version 1, the manager accepted the change that made version 2
        assertThat(_find(items.get(1), Paragraph.class).get(0).getText()).startsWith("Vastgelegd door Bart Jansen op ");
        assertThat(_find(items.get(0), Paragraph.class).get(0).getText())
                .startsWith("Vastgelegd door Annemarie Bakker op ");
        assertThat(_find(items.get(1), Span.class).stream().map(Span::getText)).contains("30 september " + YEAR);
        assertThat(_find(items.get(0), Span.class).stream().map(Span::getText)).contains("30 november " + YEAR);
        // what changed, in words: the field's name, old → new
        assertThat(_find(items.get(0), Div.class, s -> s.withClasses("review-version-change")).stream().map(Div::getText))
                .containsExactly("Deadline: 30 september " + YEAR + " → 30 november " + YEAR);
        assertThat(_find(items.get(1), Div.class, s -> s.withClasses("review-version-change"))).isEmpty();
        assertThat(_find(Span.class, s -> s.withText("Wijziging aangenomen"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {COLLEAGUE, DemoUsers.HR})
    void shouldShowGeenToegangToAColleagueAndToHr(String user) {
        long id = reviewOfBart(driver());
        login(user);
        navigate("gesprek/" + id);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Geen toegang");
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(_find(Span.class, s -> s.withText("Bart Jansen"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999999", "abc"})
    void shouldAnswerAnUnknownReviewLikeAForbiddenOne(String id) {
        login(BART);
        navigate("gesprek/" + id);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Geen toegang");
    }

    // ---- helpers


    /** Bart's review of next year: joins next year's round (started for him if nobody did yet). */
    private long reviewOfBart(ProcessDriver driver) {
        return ReviewScenario.of(context, TestPeople.BART).inYear(YEAR).started().id();
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getText();
    }

    private static Section profile() {
        return _get(Section.class, s -> s.withId("review-profile"));
    }

    private static NativeButton toggleOf(Component column, String area) {
        return _get(column, NativeButton.class, s -> s.withAttribute("data-result-area", area));
    }

    private static void toggle(Component column, String area) {
        _click(toggleOf(column, area));
    }

    private static Div area(String code) {
        return _get(profile(), Div.class, s -> s.withClasses("review-area").withAttribute("data-result-area", code));
    }

    private static Div group(String code) {
        return _get(Div.class, s -> s.withClasses("review-agreement-group").withAttribute("data-result-area", code));
    }

    /** The badges of the agreements shown (result and development): what each agreement is now. */
    private static List<String> standings() {
        return _find(_get(ReviewView.class).agreements, Span.class, s -> s.withClasses("review-standing")).stream()
                .map(Span::getText).toList();
    }

    /** The titles of the agreements shown in a resultaatgebied. */
    private static List<String> cards(String code) {
        return _find(group(code), Span.class, s -> s.withClasses("review-card-title")).stream().map(Span::getText).toList();
    }

    private static Button editButton(String description) {
        return _get(Button.class, s -> s.withClasses("review-edit")
                .withAttribute("aria-label", "Wijzigen: " + description));
    }


    /** The confirmation that is open now (Karibu keeps earlier, closed dialogs in the UI). */
}
