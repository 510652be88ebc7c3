package nl.gesprekscyclus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.POSTMA;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.POSTMA_NUMBER;
import static nl.gesprekscyclus.review.ui.Ui4Reviews.openDialog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import nl.gesprekscyclus.review.AgreementScore;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.StaleEditException;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.KaribuTest;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two sessions on the same record (two tabs, or two people where a task moves): the second save over a stale copy is
 * refused with who changed it and when, next to the form; the first save stays, and the second user's text stays in
 * the form to copy. For a draft agreement (Martijn Postma, 2041, drafting) and for the manager's scores and ratings
 * (Ruben Smit, 2041, waiting for the assessment).
 */
class ReviewViewConcurrentEditTests extends KaribuTest {

    static final int YEAR = 2041;
    static final String STALE = "Gewijzigd door %s om \\d\\d:\\d\\d, herlaad de pagina\\..*";

    @Autowired
    PlanningService planning;
    @Autowired
    AssessmentService assessment;
    @Autowired
    ReviewReadService reads;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldRefuseTheSecondSaveOfADraftAgreementSayingByWhomAndWhen() {
        long id = new Ui4Reviews(context).drafting(YEAR, POSTMA_NUMBER);
        Login.as(users, POSTMA);
        area = reads.dossier(id).jobProfile().resultAreas().get(0).code();
        ResultAgreement draft = planning.saveResultAgreement(id, null, null, data("Beheerplan, eerste opzet"));

        // tab 1 opens the draft; tab 2 saves it meanwhile
        login(POSTMA);
        navigate("gesprek/" + id);
        _click(_get(Button.class, s -> s.withClasses("review-edit")
                .withAttribute("aria-label", "Wijzigen: Beheerplan, eerste opzet")));
        assertThat(_find(Paragraph.class, s -> s.withId("review-read-only"))).as("a running year").isEmpty();
        AgreementDialog tab1 = openDialog(AgreementDialog.class);
        tab1.description.setValue("Beheerplan uit tab 1");
        planning.saveResultAgreement(id, draft.getId(), draft.getVersion(), data("Beheerplan uit tab 2"));

        _click(tab1.save);
        assertThat(tab1.isOpened()).as("the form stays open with what was typed").isTrue();
        assertThat(tab1.description.getValue()).isEqualTo("Beheerplan uit tab 1");
        assertThat(tab1.errors.isVisible()).isTrue();
        assertThat(_get(tab1.errors, Paragraph.class).getText()).matches(String.format(STALE, "Martijn Postma"));
        assertThat(reads.dossier(id).resultAgreements()).extracting(a -> a.data().description())
                .as("the first save is not lost").containsExactly("Beheerplan uit tab 2");
    }

    @Test
    void shouldRefuseTheSecondSaveOfAScoreOrRatingSayingByWhomAndWhen() {
        long id = new Ui4Reviews(context).assessing(YEAR, Ui4Reviews.SMIT_NUMBER, Ui4Reviews.SMIT,
                Ui4Reviews.SMIT_COORDINATOR);

        // the manager's form is open; in another tab the first agreement gets a score
        login(DemoUsers.MANAGER);
        navigate("gesprek/" + id);
        ReviewView view = _get(ReviewView.class);
        AssessmentForm.ScoreRow row = view.todo.panel(WriteAssessmentPanel.class).form.scoreRows.get(0);
        String lineage = row.agreement.getLineage();
        row.score.setValue("behaald");
        row.comment.setValue("Ruim op tijd, uit tab 1");
        assessment.scoreAgreement(id, lineage, "deels-behaald", "Uit tab 2", null);

        _click(view.todo.panel(WriteAssessmentPanel.class).save);
        assertThat(_get(row.errors, Paragraph.class).getText()).matches(String.format(STALE, "Annemarie Bakker"));
        assertThat(row.score.getValue()).isEqualTo("behaald");
        assertThat(row.comment.getValue()).isEqualTo("Ruim op tijd, uit tab 1");
        assertThat(reads.dossier(id).scores()).filteredOn(s -> s.getSource() == RatingSource.MANAGER)
                .extracting(AgreementScore::getScoreCode).containsExactly("deels-behaald");

        // a rating: a save with the version read before someone else's save is refused the same way
        String competency = reads.dossier(id).competencies().get(0).code();
        String level = reads.dossier(id).scale().codes().get(0);
        CompetencyRating first = assessment.rateCompetency(id, competency, level, null, null);
        assessment.rateCompetency(id, competency, level, "Nog eens", first.getVersion());
        assertThatThrownBy(() -> assessment.rateCompetency(id, competency, level, "Oud", first.getVersion()))
                .isInstanceOf(StaleEditException.class)
                .satisfies(e -> assertThat(((StaleEditException) e).changedBy()).isEqualTo("Annemarie Bakker"));
    }

    private String area;

    private ResultAgreementData data(String description) {
        return new ResultAgreementData(area, null, description, "Vastgesteld door het MT", LocalDate.of(YEAR, 9, 30), 100);
    }
}
