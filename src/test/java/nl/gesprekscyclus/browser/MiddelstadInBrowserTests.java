package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MiddelstadTest;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The assessment of one review in the demo municipality Middelstad, in the real browser, with the line its policy
 * gives (issue 16): Ëlise Vink works in a team; her teamleider Marieke Terpstra assesses; the afdelingshoofd Ruud
 * Abrahams is consulted as second assessor; Ëlise writes a zienswijze; Marieke goes on holiday and names Youssef
 * Benali, the teamleider of the next team, as her substitute on "Vervanging"; Youssef decides on the zienswijze,
 * recorded as his, "namens Marieke Terpstra"; Ëlise signs voor gezien; the gemeentesecretaris Hélène van der Zanden
 * signs off by mandate. The planning and progress phases before it are done through the services (the Ommen walk,
 * WholeReviewInBrowserTests, does them on screen). Screenshots in target/screenshots/ (60-…), axe on each.
 */
@MiddelstadTest
@Tag("browser")
class MiddelstadInBrowserTests {

    static final int YEAR = LocalDate.now().getYear() + 1;
    static final String VINK = "300037";
    static final String NAME = "Ëlise Vink";
    static final Duration STEP_OPENS = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;
    @Autowired
    RoundService rounds;
    @Autowired
    ReviewReadService reads;
    @Autowired
    PlanningService planning;
    @Autowired
    CoordinatorInputService input;
    @Autowired
    ProgressService progress;
    @Autowired
    AssessmentService assessment;
    @Autowired
    ProcessDriver driver;

    private Walk walk;
    private Browser browser;

    @AfterEach
    void tearDown() {
        Login.logout();
        driver.resetClock();
        if (walk != null) {
            walk.close();
        }
    }

    @Test
    void shouldAssessInTheTeamConsultTheAfdelingshoofdLetASubstituteDecideAndTheSecretarySignOff() {
        long id = reviewAwaitingItsAssessment();
        List<String> competencies = as("vink", () -> reads.dossier(id).jobProfile().competencies().stream()
                .map(ExpectedCompetency::competency).distinct().toList());
        walk = new Walk(port, "middelstad-", 60, false);
        browser = walk.browser;

        // the teamleider writes the assessment; the header names the second assessor and who signs off
        ReviewPage page = walk.logInAndOpen("terpstra", "Beoordeling opstellen", NAME);
        assertThat(page.text("review-second-assessor")).isEqualTo("Ruud Abrahams");
        assertThat(page.text("review-signer")).isEqualTo("Hélène van der Zanden");
        page.form.chooseIn("review-score-1", "behaald");
        for (String competency : competencies) {
            page.form.chooseIn("review-rating-" + competency, "Niveau B");
        }
        page.form.chooseIn("review-assessment-judgement", "goed");
        page.form.typeInto("review-assessment-reasons", "Het rioleringsplan ligt er, op tijd en gedragen.");
        walk.look("teamleider-beoordeling");
        assertThat(page.clickAndConfirm("review-assessment-write")).contains("Ruud Abrahams");
        page.waitUntilDone("WRITE_ASSESSMENT");

        // the afdelingshoofd is consulted: he reads the draft and agrees
        page = walk.logInAndOpen("abrahams", "Oordeel tweede beoordelaar", NAME);
        assertThat(page.text("review-assessment")).contains("Het rioleringsplan ligt er");
        page.form.radio("Ik ga akkoord met de beoordeling van Marieke Terpstra");
        walk.look("afdelingshoofd-tweede-beoordelaar");
        page.clickAndConfirm("review-second-submit");
        page.waitUntilDone("SECOND_ASSESSMENT");

        // Ëlise reads it and writes a zienswijze
        page = walk.logInAndOpen("vink", "Beoordeling lezen en reageren", "Uzelf");
        assertThat(page.text("review-assessment")).contains("goed");
        page.form.typeInto("review-response-text", "De planning van het rioleringsplan schoof door de aannemer.");
        page.clickAndConfirm("review-response-submit");
        page.waitUntilDone("RESPOND");

        // Marieke goes on holiday from today and names Youssef Benali as her substitute
        walk.logIn("terpstra");
        browser.open("/vervanging");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("substitution-form")));
        page.form.comboBox("substitution-substitute", "Benali", "Youssef Benali");
        page.form.date("Van (eerste dag)", LocalDate.now());
        page.form.date("Tot en met (laatste dag)", LocalDate.now().plusDays(14));
        page.form.typeInto("substitution-reason", "Vakantie");
        page.click("substitution-save");
        browser.wait.until(d -> walk.textContent(By.id("substitution-grid")).contains("Youssef Benali"));
        walk.look("teamleider-vervanging");

        // Youssef finds her step among his tasks, marked as hers, and decides: recorded as his, on her behalf
        page = walk.logInAndOpen("benali", "Besluit op zienswijze", "namens Marieke Terpstra");
        assertThat(page.pageText()).contains("U vervangt Marieke Terpstra");
        page.form.typeInto("review-decision-reasons", "De vertraging lag bij de aannemer; het oordeel blijft goed.");
        walk.look("vervanger-besluit");
        page.clickAndConfirm("review-decision-submit");
        page.waitUntilDone("DECIDE_ON_RESPONSE");

        page = walk.logInAndOpen("vink", "Voor gezien tekenen", "Uzelf");
        page.clickAndConfirm("review-acknowledge");
        page.waitUntilDone("ACKNOWLEDGE");

        // the gemeentesecretaris signs off by mandate: the review is closed
        page = walk.logInAndOpen("zanden", "Beoordeling ondertekenen", NAME);
        walk.look("gemeentesecretaris-vaststellen");
        page.clickAndConfirm("review-sign-off");
        page.waitUntilDone("SIGN_OFF");

        page = walk.logInAndOpenReview("vink", id);
        page.reloadUntil("review-document-assessment", STEP_OPENS);
        assertThat(page.todoText()).contains("afgesloten");
        assertThat(page.text("review-signatures")).contains("Youssef Benali namens Marieke Terpstra")
                .contains("Ruud Abrahams").contains("Hélène van der Zanden");
        walk.look("medewerker-afgesloten");

        // HR finds it again by name, in any order and without the accent: the status, not the content
        walk.logIn("aydin");
        browser.open("/gesprekken-zoeken");
        page.form.typeInto("search-name", "vink elise");
        browser.wait.until(d -> walk.textContent(By.id("search-grid")).contains(NAME));
        walk.look("po-gesprekken-zoeken");
    }

    /** Ëlise's review of next year with agreements, progress, her self-assessment and her coordinator's input done. */
    private long reviewAwaitingItsAssessment() {
        as("aydin", () -> rounds.startRound(rounds.defaultCalendar(YEAR),
                new RoundSelection(Set.of(), Set.of(VINK))));
        long id = waitUntil("vink", ReviewTask.DRAFT_AGREEMENTS, null);
        JobProfile profile = as("vink", () -> reads.dossier(id).jobProfile());
        ResultAgreement agreement = as("vink", () -> {
            ResultAgreement a = planning.saveResultAgreement(id, null, null, new ResultAgreementData(
                    profile.resultAreas().get(0).code(), null, "Gemeentelijk rioleringsplan 2028-2032",
                    "Vastgesteld door de raad", LocalDate.of(YEAR, 11, 1), 100));
            planning.submitDrafts(id);
            return a;
        });
        as("ruiter", () -> input.submitInput(id));
        as("terpstra", () -> planning.setAgreements(id));
        as("vink", () -> planning.agree(id));

        driver.moveClockTo(as("vink", () -> reads.dossier(id).review().dates().progressStart()));
        waitUntil("vink", ReviewTask.SELF_REFLECTION, id);
        as("vink", () -> {
            progress.reflect(id, agreement.getLineage(), ProgressStatus.ON_TRACK, "Ontwerp ligt bij de raad.");
            progress.submitReflection(id);
        });
        as("ruiter", () -> input.submitInput(id));
        as("terpstra", () -> progress.recordConversation(id, LocalDate.now(), "Op koers."));

        driver.moveClockTo(as("vink", () -> reads.dossier(id).review().dates().assessmentStart()));
        waitUntil("vink", ReviewTask.SELF_ASSESSMENT, id);
        String first = profile.competencies().get(0).competency();
        as("vink", () -> {
            assessment.scoreAgreement(id, agreement.getLineage(), "behaald", null);
            assessment.rateCompetency(id, first, "B", null);
            assessment.submitSelfAssessment(id);
        });
        as("ruiter", () -> {
            assessment.rateCompetency(id, first, "B", "Werkt zorgvuldig samen met de aannemer.");
            input.submitInput(id);
        });
        waitUntil("terpstra", ReviewTask.WRITE_ASSESSMENT, id);
        return id;
    }

    /**
     * Waits until the person can do the task in the review (the engine opens steps in the background); the review
     * is Ëlise's of {@link #YEAR} when {@code id} is null.
     */
    private long waitUntil(String username, ReviewTask task, Long id) {
        long deadline = System.nanoTime() + STEP_OPENS.toNanos();
        while (System.nanoTime() < deadline) {
            Long found = id != null ? id : as("vink", () -> reads.myReviewOf(YEAR).orElse(null));
            if (found != null && as(username, () -> reads.dossier(found).canDo(task))) {
                return found;
            }
            sleep(250);
        }
        throw new AssertionError(task + " did not open for " + username + " within " + STEP_OPENS);
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        Login.as(users, username);
        try {
            return work.get();
        } finally {
            Login.logout();
        }
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
