package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.base.ui.AccessDeniedView;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The assessment phase on the review screen. Ingrid Dijkstra (strategisch beleidsadviseur, coordinated by Jeroen
 * van der Meer, managed by Annemarie Bakker) goes through it below voldoende: self-assessment, informant input,
 * the assessment, HR advice, a zienswijze that changes the judgement, voor gezien and sign-off, each party on the
 * screen. Henk Lubbers (senior beheerder, coordinated by Gerrit Scholten) goes through it at "goed" without a
 * zienswijze. Their planning and progress are done through the services in next year's round.
 * <p>
 * Tests share one database: Ingrid (100004), Henk (100002) and Karin Huisman (100003, a colleague) are used by
 * no other test.
 */
class ReviewViewAssessmentTests extends KaribuTest {

    static final int YEAR = TestYears.NEXT;
    static final String INGRID = TestPeople.INGRID.login();
    static final String INGRID_NUMBER = TestPeople.INGRID.personnelNumber();
    static final String HENK = TestPeople.HENK.login();
    static final String HENK_NUMBER = TestPeople.HENK.personnelNumber();
    static final String HENK_COORDINATOR = TestPeople.HENK.coordinator();
    static final String COLLEAGUE = "huisman";
    static final String BRAM = TestPeople.BRAM.login();

    @Autowired
    ReviewReadService reads;
    @Autowired
    PlanningService planning;
    @Autowired
    AssessmentService assessment;

    @AfterEach
    void resetClock() {
        driver().resetClock();
        Login.logout();
    }

    @Test
    void shouldTakeIngridsReviewThroughALowAssessmentWithAZienswijzeOnTheScreen() {
        ProcessDriver driver = driver();
        String key = YEAR + "/" + INGRID_NUMBER;
        long id = reviewInAssessment(TestPeople.INGRID);
        assertThat(driver.openTasks(key)).containsExactly("selfAssessment");

        // the self-assessment: every agreement and competency of the profile, with the expected level and its indicators
        login(INGRID);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        AssessmentForm self = view.todo.panel(SelfAssessmentPanel.class).form;
        assertThat(self.mode).isEqualTo(AssessmentForm.Mode.SELF);
        assertThat(self.scoreRows).extracting(r -> r.agreement.data().description())
                .containsExactly("Nota regionale samenwerking", "Evaluatie subsidiebeleid");
        assertThat(self.ratingRows).extracting(r -> r.expected.competency())
                .containsExactly("ondernemingszin", "creativiteit", "visie", "omgevingsbewustzijn", "regisseren");
        AssessmentForm.RatingRow visie = self.ratingRows.get(2);
        assertThat(_find(visie, Span.class, s -> s.withText("Verwacht niveau: Niveau A (anticiperen op ontwikkelingen voor de toekomst)")))
                .hasSize(1);
        assertThat(_find(visie, ListItem.class, s -> s.withText("Stelt langere termijn doelen en vertaalt deze naar concrete plannen.")))
                .hasSize(1);
        assertThat(visie.level.getId()).hasValue("review-rating-visie");
        assertThat(self.scoreRows.get(0).score.getId()).hasValue("review-score-1");

        // a comment without a score: the message next to the score, the comment stays
        self.scoreRows.get(0).comment.setValue("Nota is vastgesteld, wel later dan gepland.");
        _click(view.todo.panel(SelfAssessmentPanel.class).save);
        assertThat(self.scoreRows.get(0).score.isInvalid()).isTrue();
        assertThat(self.scoreRows.get(0).score.getErrorMessage()).isEqualTo("Kies een score uit de lijst.");
        assertThat(self.scoreRows.get(0).comment.getValue()).startsWith("Nota is vastgesteld");

        self.scoreRows.get(0).score.setValue("behaald");
        self.scoreRows.get(1).score.setValue("behaald");
        self.ratingRows.forEach(r -> r.level.setValue("B"));
        visie.comment.setValue("Ik zie de lange lijnen.");
        _click(view.todo.panel(SelfAssessmentPanel.class).submit);
        ConfirmDialog submit = openConfirm();
        assertThat(ConfirmDialogKt.getText(submit)).contains("2 van de 2").contains("5 van de 5")
                .contains("Jeroen van der Meer");
        ConfirmDialogKt._fireConfirm(submit);
        assertThat(driver.openTasks(key)).containsExactly("informantInput");
        view = _get(ReviewView.class);
        assertThat(_find(view.todo, AssessmentForm.class)).isEmpty();
        // issue 17: her own ratings beside each competency, against the expected level
        assertThat(ratingsBeside("visie")).containsExactly(
                "EXPECTED Verwacht niveau: Niveau A (anticiperen op ontwikkelingen voor de toekomst)",
                "SELF Zelfbeoordeling: Niveau B (vertalen en implementeren ontwikkelingen) onder verwachtIk zie de lange lijnen.");

        // a colleague gets the refusal page
        login(COLLEAGUE);
        navigate("gesprek/" + id);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Geen toegang");

        // the coordinator: input per agreement, competency or in general, and observed levels; no scores at all
        login(DemoUsers.COORDINATOR);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        AssessmentForm informant = view.todo.panel(InformantInputPanel.class).form;
        assertThat(informant.mode).isEqualTo(AssessmentForm.Mode.INFORMANT);
        assertThat(informant.scoreRows).isEmpty();
        assertThat(informant.ratingRows.get(2).level.getLabel()).isEqualTo("Waargenomen niveau (inbreng)");
        assertThat(view.todo.panel(WriteAssessmentPanel.class)).isNull();
        assertThat(_find(Section.class, s -> s.withId("review-scores"))).isEmpty();
        PlanningInputForm input = view.todo.panel(InformantInputPanel.class).input;
        input.about.setValue(input.about.getListDataView().getItems()
                .filter(s -> "visie".equals(s.competency())).findFirst().orElseThrow());
        input.text.setValue("Denkt goed mee over de lange termijn in het regio-overleg.");
        informant.ratingRows.get(2).level.setValue("C");
        _click(input.add);
        // the screen is shown again with the input; the level chosen before was kept
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(InformantInputPanel.class).form).isNotSameAs(informant);
        assertThat(view.todo.panel(InformantInputPanel.class).form.ratingRows.get(2).level.getValue()).isEqualTo("C");
        _click(view.todo.panel(InformantInputPanel.class).submit);
        ConfirmDialog finish = openConfirm();
        assertThat(ConfirmDialogKt.getText(finish)).contains("1 keer tekstuele inbreng").contains("Annemarie Bakker");
        ConfirmDialogKt._fireConfirm(finish);
        assertThat(driver.openTasks(key)).containsExactly("writeAssessment");
        // beside the competency the coordinator sees only their own observed level, as input, not Ingrid's
        _get(ReviewView.class);
        assertThat(ratingsBeside("visie")).containsExactly(
                "EXPECTED Verwacht niveau: Niveau A (anticiperen op ontwikkelingen voor de toekomst)",
                "INFORMANT Inbreng informant: Niveau C (visie op het eigen vakgebied) onder verwacht");
        assertThat(ratingsBeside("ondernemingszin")).isEmpty();
        // and the coordinator cannot write the assessment
        assertThatThrownBy(() -> assessment.writeAssessment(id, "goed", "zelf"))
                .isInstanceOf(AccessDeniedException.class);

        // the manager: self-assessment and input alongside; missing scores and reasons are named
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        AssessmentForm manager = view.todo.panel(WriteAssessmentPanel.class).form;
        assertThat(manager.mode).isEqualTo(AssessmentForm.Mode.MANAGER);
        AssessmentForm.RatingRow managerVisie = manager.ratingRows.get(2);
        assertThat(texts(managerVisie)).contains("Niveau B (vertalen en implementeren ontwikkelingen)",
                "Ik zie de lange lijnen.", "Niveau C (visie op het eigen vakgebied)",
                " Denkt goed mee over de lange termijn in het regio-overleg.");
        assertThat(texts(manager.scoreRows.get(0))).contains("behaald");
        // issue 17: the self-assessment and the informant's input beside each competency, compared in words
        assertThat(_find(managerVisie, Span.class, s -> s.withClasses("review-badge-below")))
                .extracting(Span::getText).containsExactly("onder verwacht", "onder verwacht");
        for (AssessmentForm.RatingRow row : manager.ratingRows) {
            assertThat(_find(row, Span.class, s -> s.withClasses("review-badge")).stream().map(Span::getText))
                    .as(row.expected.competency()).isNotEmpty()
                    .allMatch(t -> t.matches("boven verwacht|op verwacht niveau|onder verwacht"));
        }
        // the form's rows are the competencies while it is open: no second copy of them further down
        assertThat(_find(Section.class, s -> s.withId("review-competencies"))).isEmpty();
        assertThat(ratingsBeside("visie")).isEmpty();
        manager.scoreRows.get(0).score.setValue("deels-behaald");
        manager.judgement.select.setValue(judgement("matig"));
        assertThat(manager.judgement.consequence.getText())
                .isEqualTo("Gevolg: geen periodiek; verbeterplan. P&O geeft eerst advies voordat de beoordeling wordt uitgereikt.");
        _click(view.todo.panel(WriteAssessmentPanel.class).write);
        ConfirmDialog write = openConfirm();
        assertThat(ConfirmDialogKt.getText(write)).contains("matig").contains("geeft P&O eerst advies");
        ConfirmDialogKt._fireConfirm(write);
        assertThat(texts(manager.errors)).containsExactly(
                "Geef elke resultaatafspraak een score. Beoordeel elke competentie van het profiel.");
        assertThat(manager.reasons.isInvalid()).isTrue();
        assertThat(manager.reasons.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(manager.scoreRows.get(1).score.isInvalid()).isTrue();
        assertThat(manager.scoreRows.get(0).score.isInvalid()).isFalse();
        assertThat(driver.openTasks(key)).containsExactly("writeAssessment");

        manager.scoreRows.get(1).score.setValue("behaald");
        manager.ratingRows.forEach(r -> r.level.setValue("C"));
        manager.reasons.setValue("De nota kwam te laat; visie en regie nog onder het verwachte niveau.");
        _click(view.todo.panel(WriteAssessmentPanel.class).write);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(key)).containsExactly("hrAdvice");
        // the manager's own ratings stand beside the competencies for her
        _get(ReviewView.class);
        assertThat(ratingsBeside("visie")).contains(
                "MANAGER Leidinggevende: Niveau C (visie op het eigen vakgebied) onder verwacht");

        // Ingrid before the hand-over: her own ratings beside the competencies, not the manager's
        login(INGRID);
        navigate("gesprek/" + id);
        assertThat(ratingsBeside("visie")).anyMatch(l -> l.startsWith("SELF "))
                .noneMatch(l -> l.startsWith("MANAGER"));
        assertThat(_find(Section.class, s -> s.withId("review-ratings"))).allSatisfy(record ->
                assertThat(texts(record)).doesNotContain("Leidinggevende"));

        // HR advises below voldoende; an empty advice is refused next to the field
        login(DemoUsers.HR);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(_find(Section.class, s -> s.withId("review-assessment"))).hasSize(1);
        _click(view.todo.panel(HrAdvicePanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(view.todo.panel(HrAdvicePanel.class).form.advice.isInvalid()).isTrue();
        view.todo.panel(HrAdvicePanel.class).form.advice.setValue("Stel samen een verbeterplan op voor visie en regie.");
        _click(view.todo.panel(HrAdvicePanel.class).submit);
        ConfirmDialog advise = openConfirm();
        assertThat(ConfirmDialogKt.getText(advise)).contains("Uw advies gaat naar Annemarie Bakker")
                .contains("Ingrid Dijkstra leest uw advies niet");
        ConfirmDialogKt._fireConfirm(advise);
        assertThat(_find(TasksView.class)).hasSize(1);
        // issue 17: the advice goes to the manager, not straight to Ingrid
        assertThat(driver.openTasks(key)).containsExactly("weighHrAdvice");

        // the manager reads the advice and keeps the assessment; Ingrid will not read the advice
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(texts(view.todo.panel(WeighHrAdvicePanel.class).form)).contains("Stel samen een verbeterplan op voor visie en regie.",
                "Ingrid Dijkstra leest dit advies niet: het is advies aan u en blijft in het dossier voor P&O en u.");
        assertThat(view.todo.panel(WeighHrAdvicePanel.class).form.judgement.isVisible()).isFalse();
        _click(view.todo.panel(WeighHrAdvicePanel.class).weigh);
        ConfirmDialog weigh = openConfirm();
        assertThat(ConfirmDialogKt.getText(weigh)).contains("de beoordeling blijft zoals ze is")
                .contains("uitgereikt aan Ingrid Dijkstra");
        ConfirmDialogKt._fireConfirm(weigh);
        assertThat(driver.openTasks(key)).containsExactly("respond");

        // Ingrid reads the assessment, not HR's advice to her manager, and writes a zienswijze within the term
        login(INGRID);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(view.todo.panel(RespondPanel.class).form.term.getText()).startsWith("U kunt tot ");
        // handed over: now the manager's rating stands beside the competency too
        assertThat(ratingsBeside("visie")).contains(
                "MANAGER Leidinggevende: Niveau C (visie op het eigen vakgebied) onder verwacht");
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment"))))
                .contains("De nota kwam te laat; visie en regie nog onder het verwachte niveau.")
                .noneMatch(t -> t.contains("Stel samen een verbeterplan"));
        _click(view.todo.panel(RespondPanel.class).respond);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(view.todo.panel(RespondPanel.class).form.text.isInvalid()).isTrue();
        view.todo.panel(RespondPanel.class).form.text.setValue("De vertraging van de nota lag bij de raad.");
        view.todo.panel(RespondPanel.class).form.conversation.setValue(true);
        _click(view.todo.panel(RespondPanel.class).respond);
        ConfirmDialog respond = openConfirm();
        assertThat(ConfirmDialogKt.getText(respond)).contains("verzoek om een gesprek").contains("Annemarie Bakker");
        ConfirmDialogKt._fireConfirm(respond);
        assertThat(driver.openTasks(key)).containsExactly("decideOnResponse");

        // the manager changes the judgement; changing without a new judgement is refused
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        AssessmentDecisionForm decision = view.todo.panel(DecideOnResponsePanel.class).form;
        assertThat(texts(decision)).contains("De vertraging van de nota lag bij de raad.",
                "De medewerker heeft om een gesprek gevraagd.");
        assertThat(decision.judgement.isVisible()).isFalse();
        decision.changed.setValue(true);
        assertThat(decision.judgement.isVisible()).isTrue();
        decision.reasons.setValue("De vertraging lag buiten haar invloed.");
        _click(view.todo.panel(DecideOnResponsePanel.class).decide);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(decision.judgement.select.isInvalid()).isTrue();
        decision.judgement.select.setValue(judgement("voldoende"));
        _click(view.todo.panel(DecideOnResponsePanel.class).decide);
        ConfirmDialog decide = openConfirm();
        assertThat(ConfirmDialogKt.getText(decide)).contains("het eindoordeel wordt voldoende");
        ConfirmDialogKt._fireConfirm(decide);
        assertThat(driver.openTasks(key)).containsExactly("acknowledge");

        // voor gezien: the dialog says what signing means
        login(INGRID);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        _click(view.todo.panel(AcknowledgePanel.class).acknowledge);
        ConfirmDialog seen = openConfirm();
        assertThat(ConfirmDialogKt.getText(seen))
                .contains("U tekent voor gezien, niet voor akkoord; uw zienswijze blijft bij het dossier.")
                .contains("Daarna stelt Annemarie Bakker de beoordeling vast");
        ConfirmDialogKt._fireConfirm(seen);
        assertThat(driver.openTasks(key)).containsExactly("signOff");

        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        _click(view.todo.panel(SignOffPanel.class).signOff);
        ConfirmDialogKt._fireConfirm(openConfirm());
        driver.runDueJobsOf(key);
        assertThat(driver.openTasks(key)).isEmpty();

        // closed: Ingrid reads everything, with no action left; ratings self / informant / manager per competency
        login(INGRID);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(view.dossier.review().getPhase()).isEqualTo(ReviewPhase.CLOSED);
        assertThat(_find(view.todo, Button.class)).isEmpty();
        assertThat(texts(view.todo)).contains(
                "Deze gesprekscyclus is afgesloten; u kunt alles nog lezen, maar er kan niets meer worden gewijzigd.");
        NativeTableRow visieRow = _get(NativeTableRow.class, s -> s.withAttribute("data-competency", "visie"));
        assertThat(texts(visieRow)).contains("Visie", "Niveau A (anticiperen op ontwikkelingen voor de toekomst)",
                "Niveau B (vertalen en implementeren ontwikkelingen)", "Niveau C (visie op het eigen vakgebied)",
                "onder verwacht");
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment")))).contains("voldoende", "periodiek");
        assertThat(texts(_get(Section.class, s -> s.withId("review-signatures"))))
                .contains("Beoordeling vastgesteld", "Advies P&O gewogen", "Voor gezien getekend", "Afgesloten")
                .anyMatch(t -> t.startsWith(" door Ingrid Dijkstra op "))
                .anyMatch(t -> t.startsWith(" door Annemarie Bakker op "));

        // Mijn gesprekscyclus: the closed year is marked read-only
        navigate("mijn-gesprekscyclus");
        assertThat(_find(Span.class, s -> s.withText("Afgerond: alleen lezen"))).isNotEmpty();
    }

    @Test
    void shouldShowTheCoordinatorOnlyTheirOwnInputAndLetHenkGiveNoZienswijze() {
        ProcessDriver driver = driver();
        String key = YEAR + "/" + HENK_NUMBER;
        long id = reviewInAssessment(TestPeople.HENK);
        Login.as(users, HENK);
        List<ResultAgreement> agreements = reads.dossier(id).resultAgreements();
        agreements.forEach(a -> assessment.scoreAgreement(id, a.getLineage(), "overtroffen", null));
        assessment.submitSelfAssessment(id);
        login(HENK_COORDINATOR);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        view.todo.panel(InformantInputPanel.class).form.ratingRows.get(0).level.setValue("B");
        _click(view.todo.panel(InformantInputPanel.class).save);
        assertThat(view.todo.panel(InformantInputPanel.class).form.ratingRows.get(0).changed()).isFalse();
        _click(view.todo.panel(InformantInputPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(key)).containsExactly("writeAssessment");
        // the coordinator sees no scores, only their own input as input
        view = _get(ReviewView.class);
        assertThat(_find(Section.class, s -> s.withId("review-scores"))).isEmpty();
        assertThat(texts(_get(Section.class, s -> s.withId("review-ratings")))).contains("Inbreng informant")
                .doesNotContain("Zelfbeoordeling", "Leidinggevende");

        // the manager works in English: the scales and consequences are cycle.yaml's English ones
        login(DemoUsers.MANAGER);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        AssessmentForm form = view.todo.panel(WriteAssessmentPanel.class).form;
        assertThat(form.scoreRows.get(0).score.getItemLabelGenerator().apply("overtroffen")).isEqualTo("exceeded");
        assertThat(form.judgement.select.getItemLabelGenerator().apply(judgement("matig"))).isEqualTo("below standard");
        form.scoreRows.forEach(r -> r.score.setValue("overtroffen"));
        form.ratingRows.forEach(r -> r.level.setValue(r.expected.level()));
        form.judgement.select.setValue(judgement("goed"));
        assertThat(form.judgement.consequence.getText()).isEqualTo("Consequence: periodic salary increase.");
        form.reasons.setValue("Alle afspraken overtroffen.");
        _click(view.todo.panel(WriteAssessmentPanel.class).write);
        ConfirmDialog write = openConfirm();
        assertThat(ConfirmDialogKt.getText(write)).contains("Henk Lubbers")
                .contains("with overall judgement good (consequence: periodic salary increase)");
        ConfirmDialogKt._fireConfirm(write);
        driver.runDueJobsOf(key);
        assertThat(driver.openTasks(key)).containsExactly("respond");
        // what was recorded: in English on an English screen, in Dutch on a Dutch one
        navigate("taken");
        navigate("gesprek/" + id);
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment"))))
                .contains("good", "periodic salary increase").doesNotContain("goed", "periodiek")
                .as("handed over: the English way, not the American \"Dec 5, 2026, 7:33 PM\"")
                .anyMatch(t -> t.matches("\\d{1,2} (January|February|March|April|May|June|July|August|September"
                        + "|October|November|December) \\d{4}, \\d{2}:\\d{2}"));
        assertThat(texts(_get(Section.class, s -> s.withId("review-scores")))).contains("exceeded");
        UI.getCurrent().setLocale(Messages.DUTCH);
        navigate("taken");
        navigate("gesprek/" + id);
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment")))).contains("goed", "periodiek")
                .anyMatch(t -> t.matches("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september"
                        + "|oktober|november|december) \\d{4}, \\d{2}:\\d{2}"));

        login(HENK);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        _click(view.todo.panel(RespondPanel.class).noResponse);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(driver.openTasks(key)).containsExactly("acknowledge");
        view = _get(ReviewView.class);
        _click(view.todo.panel(AcknowledgePanel.class).acknowledge);
        ConfirmDialog seen = openConfirm();
        assertThat(ConfirmDialogKt.getText(seen)).startsWith("U tekent voor gezien, niet voor akkoord");
        ConfirmDialogKt._fireConfirm(seen);
        assertThat(driver.openTasks(key)).containsExactly("signOff");
        view = _get(ReviewView.class);
        assertThat(texts(_get(Section.class, s -> s.withId("review-response"))))
                .contains("De medewerker heeft geen zienswijze gegeven.");
    }

    /**
     * Issue 16 on the screen: Bram Buur of the matrix (manager Lotte Leider, her manager Nico Niveau, at the top
     * Annemarie Bakker) in a round whose policy has the next level as second assessor and the gemeentesecretaris
     * signing off. Nico reads nothing before his step; the manager changes her judgement after HR's advice, Nico
     * comments, Annemarie Bakker stelt vast (not the manager); every confirmation names the person who gets the step.
     */
    @Test
    void shouldLetTheSecondAssessorCommentAndTheGemeentesecretarisSignOffOnTheScreen() {
        ProcessDriver driver = driver();
        int year = TestYears.SECOND_ASSESSOR_ON_THE_SCREEN;
        String key = year + "/" + MatrixPeople.OTHER_EMPLOYEE_NUMBER;
        MatrixPeople.ensure(context);
        long id = writtenAndAdvised(ReviewScenario.of(context, TestPeople.BRAM).inRound(year,
                new AssessmentPolicy("nextLevel", "gemeentesecretaris", "none", false)));
        List<String> confirmations = new java.util.ArrayList<>();
        assertThat(driver.openTasks(key)).containsExactly("weighHrAdvice");

        // the second assessor has no business in the review before his step
        login(MatrixPeople.LOGIN.get("SECOND_ASSESSOR"));
        navigate("gesprek/" + id);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        // the manager weighs HR's advice and raises the judgement; the confirmation names the second assessor
        login(MatrixPeople.LOGIN.get("MANAGER"));
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        AssessmentWeighForm weigh = view.todo.panel(WeighHrAdvicePanel.class).form;
        weigh.changed.setValue(true);
        assertThat(weigh.reasons.getValue()).isEqualTo("Resultaten deels behaald.");
        // HR has advised: a low judgement no longer says that HR advises first
        weigh.judgement.select.setValue(judgement("matig"));
        assertThat(weigh.judgement.consequence.getText()).isEqualTo("Gevolg: geen periodiek; verbeterplan.");
        weigh.judgement.select.setValue(judgement("voldoende"));
        weigh.reasons.setValue("Na het advies: de vertraging lag buiten zijn invloed.");
        _click(view.todo.panel(WeighHrAdvicePanel.class).weigh);
        ConfirmDialog weighed = openConfirm();
        confirmations.add(ConfirmDialogKt.getText(weighed));
        assertThat(ConfirmDialogKt.getText(weighed)).contains("het eindoordeel wordt voldoende")
                .contains("Daarna leest Nico Niveau de beoordeling als tweede beoordelaar; daarna wordt ze uitgereikt"
                        + " aan Bram Buur.");
        ConfirmDialogKt._fireConfirm(weighed);
        assertThat(driver.openTasks(key)).containsExactly("secondAssessment");
        assertThat(view.todo.panel(SignOffPanel.class)).isNull();

        // the second assessor reads the assessment and comments; a comment is required when not agreeing
        login(MatrixPeople.LOGIN.get("SECOND_ASSESSOR"));
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment"))))
                .contains("Na het advies: de vertraging lag buiten zijn invloed.");
        SecondOpinionForm second = view.todo.panel(SecondAssessmentPanel.class).form;
        second.agreed.setValue(false);
        _click(view.todo.panel(SecondAssessmentPanel.class).submit);
        ConfirmDialogKt._fireConfirm(openConfirm());
        assertThat(second.comment.isInvalid()).isTrue();
        assertThat(driver.openTasks(key)).containsExactly("secondAssessment");
        second.comment.setValue("Leg de afspraken voor volgend jaar scherper vast.");
        _click(view.todo.panel(SecondAssessmentPanel.class).submit);
        ConfirmDialog opinion = openConfirm();
        confirmations.add(ConfirmDialogKt.getText(opinion));
        assertThat(ConfirmDialogKt.getText(opinion)).contains("die Lotte Leider heeft opgesteld")
                .contains("uitgereikt aan Bram Buur");
        ConfirmDialogKt._fireConfirm(opinion);
        assertThat(driver.openTasks(key)).containsExactly("respond");

        // Bram reads the assessment with the second assessor's comment, not HR's advice; signs as seen
        login(BRAM);
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        // the header says who was consulted and who signs off
        assertThat(_get(Span.class, sp -> sp.withId("review-second-assessor")).getText()).isEqualTo("Nico Niveau");
        assertThat(_get(Span.class, sp -> sp.withId("review-signer")).getText()).isEqualTo("Annemarie Bakker");
        assertThat(texts(_get(Section.class, s -> s.withId("review-assessment")))).contains("voldoende")
                .anyMatch(t -> t.startsWith("opmerking: Leg de afspraken voor volgend jaar scherper vast."))
                .noneMatch(t -> t.contains("Advies aan de leidinggevende"));
        _click(view.todo.panel(RespondPanel.class).noResponse);
        ConfirmDialogKt._fireConfirm(openConfirm());
        view = _get(ReviewView.class);
        _click(view.todo.panel(AcknowledgePanel.class).acknowledge);
        ConfirmDialog seen = openConfirm();
        confirmations.add(ConfirmDialogKt.getText(seen));
        assertThat(ConfirmDialogKt.getText(seen)).contains("Daarna stelt Annemarie Bakker de beoordeling vast");
        ConfirmDialogKt._fireConfirm(seen);
        assertThat(driver.openTasks(key)).containsExactly("signOff");

        // not the manager's step: she has no button and the service refuses her
        login(MatrixPeople.LOGIN.get("MANAGER"));
        navigate("gesprek/" + id);
        assertThat(_get(ReviewView.class).todo.panel(SignOffPanel.class)).isNull();
        assertThatThrownBy(() -> assessment.signOff(id)).isInstanceOf(AccessDeniedException.class);

        // the gemeentesecretaris stelt de beoordeling vast
        login(MatrixPeople.LOGIN.get("SIGNER"));
        navigate("gesprek/" + id);
        view = _get(ReviewView.class);
        assertThat(texts(view.todo)).contains(
                "De medewerker heeft de beoordeling die Lotte Leider opstelde voor gezien getekend. Stel haar vast;"
                        + " daarmee is de gesprekscyclus afgesloten.");
        assertThat(view.todo.panel(SignOffPanel.class).signOff.getText()).isEqualTo("Vaststellen");
        _click(view.todo.panel(SignOffPanel.class).signOff);
        ConfirmDialog signOff = openConfirm();
        confirmations.add(ConfirmDialogKt.getText(signOff));
        assertThat(ConfirmDialogKt.getText(signOff)).startsWith("U stelt de beoordeling van Bram Buur vast, opgesteld"
                + " door Lotte Leider.");
        ConfirmDialogKt._fireConfirm(signOff);
        driver.runDueJobsOf(key);
        assertThat(driver.openTasks(key)).isEmpty();
        view = _get(ReviewView.class);
        assertThat(view.dossier.review().getPhase()).isEqualTo(ReviewPhase.CLOSED);
        assertThat(texts(_get(Section.class, s -> s.withId("review-signatures"))))
                .contains("Advies P&O gewogen", "Tweede beoordelaar geraadpleegd", "Afgesloten")
                .anyMatch(t -> t.startsWith(" door Nico Niveau op "))
                .anyMatch(t -> t.startsWith(" door Annemarie Bakker op "));
        // a confirmation names people, never "(niemand)"
        assertThat(confirmations).noneMatch(t -> t.contains("(niemand)"));
    }

    /**
     * The gemeentesecretaris's own review, once asked to submit to "uw leidinggevende (niemand)": in a round whose
     * policy names the burgemeester to assess the top, the confirmation names him.
     */
    @Test
    void shouldNameWhoAssessesTheTopInTheConfirmationWhereItOnceSaidNobody() {
        login(DemoUsers.ADMIN);
        context.getBean(nl.gesprekscyclus.organisation.OrganisationDirectory.class)
                .employeeByPersonnelNumber("940001").orElseGet(() -> context.getBean(
                        nl.gesprekscyclus.organisation.OrganisationService.class).saveEmployee(null, null,
                        new nl.gesprekscyclus.organisation.EmployeeData("940001", "Otto", null, "Burgemeester",
                                "otto.burgemeester@ommen.nl", "gemeentesecretaris", "gemeente", null, null, false,
                                LocalDate.of(2020, 1, 1), true)));
        int year = 2048;
        Login.as(users, DemoUsers.HR);
        nl.gesprekscyclus.round.TestRounds.round(context, year, Set.of("100001"),
                new AssessmentPolicy("none", "manager", "940001", false));
        driver().runDueJobsOf("round-" + year);
        driver().runDueJobsOf(year + "/100001");
        long id = driver().reviewId(year + "/100001");

        login(DemoUsers.MANAGER);
        String area = reads.dossier(id).jobProfile().resultAreas().get(0).code();
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(area, null, "Organisatieontwikkeling",
                "Besproken met het college", LocalDate.of(year, 9, 30), 100));
        navigate("gesprek/" + id);
        _click(_get(ReviewView.class).todo.panel(DraftAgreementsPanel.class).submit);
        ConfirmDialog submit = openConfirm();
        assertThat(ConfirmDialogKt.getText(submit)).contains("uw leidinggevende Otto Burgemeester")
                .doesNotContain("niemand");
    }

    /** Bram's review through planning and progress to a low assessment with HR's advice (through the services). */
    private long writtenAndAdvised(ReviewScenario bram) {
        bram.withAgreements(new ResultAgreementData("RG1", null, "Nota regionale samenwerking",
                        "Vastgesteld door de raad", LocalDate.of(bram.year(), 9, 30), 100))
                .reflecting(ProgressStatus.AT_RISK, null).withProgressReport("Besproken: de nota loopt vertraging op.")
                .to(ReviewScenario.Stage.ASSESSMENT_INPUT_GIVEN);
        long id = bram.id();
        try {
            Login.as(users, MatrixPeople.LOGIN.get("MANAGER"));
            assessment.scoreAgreement(id, bram.agreements().get(0).getLineage(), "deels-behaald", null);
            reads.dossier(id).competencies().forEach(c -> assessment.rateCompetency(id, c.code(), "C", null));
            assessment.writeAssessment(id, "matig", "Resultaten deels behaald.");
            Login.as(users, DemoUsers.HR);
            assessment.giveHrAdvice(id, "Advies aan de leidinggevende: weeg de vertraging door de raad mee.");
        } finally {
            Login.logout();
        }
        return id;
    }

    // ---- helpers


    private CycleSettings.Judgement judgement(String code) {
        return context.getBean(CycleSettings.class).overallJudgements().stream().filter(j -> j.code().equals(code))
                .findFirst().orElseThrow();
    }

    /**
     * The ratings beside a competency card, one line per source ("SELF Zelfbeoordeling: Niveau B (...) onder
     * verwacht"); empty when there is no ratings box beside it.
     */
    private static List<String> ratingsBeside(String competency) {
        return _find(Div.class, s -> s.withClasses("review-competency-ratings")
                .withAttribute("data-competency", competency)).stream()
                .flatMap(box -> _find(box, ListItem.class).stream())
                .map(li -> li.getElement().getAttribute("data-source") + " " + li.getElement().getTextRecursively())
                .toList();
    }

    /** Every text of the spans, paragraphs and table headings inside a component (what a reader sees there). */
    private static List<String> texts(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.of(_find(root, Span.class).stream().map(Span::getText),
                _find(root, Paragraph.class).stream().map(Paragraph::getText),
                _find(root, NativeTableHeaderCell.class).stream().map(NativeTableHeaderCell::getText))
                .flatMap(s -> s).toList();
    }

    /** A review of next year through planning and progress, with the engine's clock at the assessment window. */
    private long reviewInAssessment(TestPeople.Person employee) {
        return ReviewScenario.of(context, employee).inYear(YEAR).inAssessment().id();
    }

    /** The confirmation that is open now (Karibu keeps earlier, closed dialogs in the UI). */
}
