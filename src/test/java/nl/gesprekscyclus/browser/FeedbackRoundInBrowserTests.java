package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.feedback.FeedbackAnswerData;
import nl.gesprekscyclus.feedback.FeedbackItemKind;
import nl.gesprekscyclus.feedback.FeedbackOverview;
import nl.gesprekscyclus.feedback.FeedbackRequestData;
import nl.gesprekscyclus.feedback.FeedbackService;
import nl.gesprekscyclus.feedback.GivingRequest;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.FeedbackRoundPeople;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewInBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 19 in the real browser: Eva Eerland's review of 2088, in a round whose shape has a feedback round, with two
 * check-ins, opens its assessment with her task "Feedbackronde" under "Mijn taken". She asks three colleagues for
 * anonymous feedback from the task's button (the dialog "Feedback vragen"), which completes the step; a named request
 * with one answer follows; the three colleagues each answer on "Feedback geven"; and when Maarten Meester writes her
 * assessment, the step shows the check-ins, the anonymous answers summarised without a name, and the named answer with
 * its giver. HR's Voortgang shows the feedback round as a phase of its own. Screenshots in target/screenshots/ (NN-feedbackronde-…), axe on each screen. Planning, progress, the named
 * request and the self-assessment are done through the services (they have walks of their own).
 */
@ReviewInBrowserTest
class FeedbackRoundInBrowserTests {

    static final int YEAR = 2088;
    static final String EVA = FeedbackRoundPeople.EVA;
    static final String EVA_NAME = "Eva Eerland";
    static final List<String> ANONYMOUS_TEXTS = List.of("Denkt mee over de planning van het team.",
            "Houdt het overleg met de ketenpartners kort en helder.", "Vraagt door tot het probleem duidelijk is.");
    static final String NAMED_TEXT = "Haar notitie over de jeugdzorg was de beste van het jaar.";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessDriver driver;
    @Autowired
    FeedbackService feedback;
    @Autowired
    AssessmentService assessment;
    @Autowired
    JdbcTemplate jdbc;

    private Walk walk;

    @AfterEach
    void tearDown() {
        Login.logout();
        driver.resetClock();
        if (walk != null) {
            walk.close();
        }
    }

    @Test
    void shouldAskColleaguesInTheFeedbackRoundAndShowTheirAnswersWhenTheManagerAssesses() {
        long id = FeedbackRoundPeople.reviewInAssessment(context, YEAR, EVA, FeedbackRoundPeople.EVA_LOGIN,
                true);
        twoCheckIns(id);
        walk = new Walk(port, "feedbackronde-", 1, false);
        Browser browser = walk.browser;

        // HR's Voortgang counts the feedback round as a phase of its own for this round, with Eva in it
        walk.logIn(DemoUsers.HR);
        browser.open("/voortgang");
        VaadinForm hr = new VaadinForm(browser);
        hr.choose("Jaar", String.valueOf(YEAR));
        browser.wait.until(d -> walk.textContent(By.cssSelector(".monitoring-figures")).contains("Feedbackronde"));
        walk.look("hr-voortgang");

        // Eva finds the feedback round under Mijn taken; it opens her assessment
        walk.logIn(FeedbackRoundPeople.EVA_LOGIN);
        TasksPage tasks = new TasksPage(browser).open();
        browser.wait.until(d -> tasks.tasks().stream().anyMatch(t -> t.contains("Feedbackronde")));
        walk.look("medewerker-mijn-taken");
        ReviewPage page = tasks.openTask("Feedbackronde", "Uzelf");
        walk.look("medewerker-feedbackronde");
        assertThat(page.steps()).containsExactly("FEEDBACK_ROUND");
        assertThat(page.currentPhase()).contains("Beoordeling");
        assertThat(page.todoText()).contains("Feedbackronde", "Feedback vragen", "Geen feedbackronde");

        // she asks three colleagues, anonymously, from the step's own button
        page.click("review-feedback-round-ask");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-dialog-overlay[opened] #feedback-items")));
        checkFirst("#feedback-items", "Competentie: ");
        page.form.typeInto("feedback-question", "Hoe ervaart u de samenwerking met mij?");
        page.form.date("Uiterlijk", LocalDate.of(YEAR, 11, 20));
        for (String colleague : FeedbackRoundPeople.COLLEAGUE_NAMES.subList(0, 3)) {
            pickColleague(colleague);
        }
        page.form.radio("Anoniem: samengevat, pas vanaf 3 antwoorden, zonder namen");
        walk.look("medewerker-feedback-vragen");
        page.form.click(browser.driver.findElement(By.id("feedback-send")));
        page.form.waitForDialogClosed();
        // the request completed the step: on to the self-assessment
        page.waitUntilDone("FEEDBACK_ROUND").waitForStep("SELF_ASSESSMENT");
        assertThat(page.text("feedback")).contains("Hoe ervaart u de samenwerking met mij?", "Nog niet zichtbaar");
        walk.look("medewerker-na-feedbackronde");

        // a named request too, with one answer (through the services)
        long named = namedRequestAnswered(id);

        // each colleague answers on "Feedback geven"
        for (int i = 0; i < 3; i++) {
            walk.logIn(FeedbackRoundPeople.COLLEAGUE_LOGINS.get(i));
            browser.open("/feedback");
            WebElement send = page.form.usable(By.cssSelector("[id^='feedback-giving-send-']"));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Feedback over " + EVA_NAME,
                    "Uw antwoord is anoniem");
            String level = browser.driver.findElement(By.cssSelector("[id^='feedback-level-']")).getAttribute("id");
            page.form.chooseIn(level, i == 2 ? "Niveau B" : "Niveau C");
            String text = browser.driver.findElement(By.cssSelector("[id^='feedback-text-']")).getAttribute("id");
            page.form.typeInto(text, ANONYMOUS_TEXTS.get(i));
            if (i == 0) {
                walk.look("collega-feedback-geven");
            }
            page.form.click(send);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-done")));
        }
        walk.screenshot("collega-feedback-gegeven");

        // Eva hands in her self-assessment (through the service); Maarten writes the assessment with the answers beside it
        Login.as(users, FeedbackRoundPeople.EVA_LOGIN);
        assessment.submitSelfAssessment(id);
        Login.logout();
        page = walk.logInAndOpen(FeedbackRoundPeople.MANAGER_LOGIN, "Beoordeling opstellen", EVA_NAME);
        String context = walk.textContent(By.id("feedback-context-write-assessment"));
        assertThat(context).contains(ANONYMOUS_TEXTS).contains("Dirk Dam", NAMED_TEXT)
                .contains("Hoe ervaart u de samenwerking met mij? \u2014 Anoniem",
                        "Wat viel u op aan mijn notities? \u2014 Met naam");
        // the anonymous answers are counted per level, in the scale's order, and named nowhere
        assertThat(context).contains("2 \u00d7 Niveau C", "1 \u00d7 Niveau B").doesNotContain("Anna Akker",
                "Bram Bos", "Cato Claes");
        assertThat(walk.textContent(By.id("checkin-context-write-assessment")))
                .contains("Werkdruk en de planning van de nota", "Voortgang evaluatie subsidiebeleid");
        page.form.scrollIntoView(browser.driver.findElement(By.id("feedback-context-write-assessment")));
        walk.look("leidinggevende-beoordeling-met-feedback");
        assertThat(named).isPositive();
    }

    /** Two conversations recorded on the review (see {@link #twoCheckIns}). */
    private void twoCheckIns(long reviewId) {
        // A check-in must have been held "not after today" and in the review's year (CheckInRules); a review of 2088
        // cannot meet both under today's clock, so its two check-ins are written as CheckInService stores them
        long eva = FeedbackRoundPeople.id(context, EVA);
        long manager = FeedbackRoundPeople.id(context, FeedbackRoundPeople.MANAGER);
        checkIn(reviewId, LocalDate.of(YEAR, 4, 12), "Werkdruk en de planning van de nota", manager, "Maarten Meester");
        checkIn(reviewId, LocalDate.of(YEAR, 9, 20), "Voortgang evaluatie subsidiebeleid", eva, EVA_NAME);
    }

    private void checkIn(long reviewId, LocalDate day, String topics, long by, String byName) {
        jdbc.update("insert into check_in (review_id, held_on, participants, topics, recorded_by_id, recorded_by_name,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)", reviewId, java.sql.Date.valueOf(day),
                "Eva Eerland, Maarten Meester", topics, by, byName,
                java.sql.Timestamp.valueOf(day.atTime(10, 0)));
    }

    /** Eva asks Dirk Dam by name about the same competency; he answers. */
    private long namedRequestAnswered(long reviewId) {
        Login.as(users, FeedbackRoundPeople.EVA_LOGIN);
        FeedbackOverview.Option item = feedback.of(reviewId).options().stream()
                .filter(o -> o.kind() == FeedbackItemKind.COMPETENCY).findFirst().orElseThrow();
        long request = feedback.ask(reviewId, new FeedbackRequestData(List.of(new FeedbackRequestData.Item(item.kind(),
                item.subject())), "Wat viel u op aan mijn notities?", LocalDate.of(YEAR, 11, 20), false,
                List.of(FeedbackRoundPeople.id(context, FeedbackRoundPeople.COLLEAGUES.get(3)))));
        Login.as(users, FeedbackRoundPeople.COLLEAGUE_LOGINS.get(3));
        GivingRequest asked = feedback.mine().get(0);
        feedback.answer(asked.askeeId(), asked.items().stream().map(i -> new FeedbackAnswerData(i.id(), null,
                NAMED_TEXT)).toList());
        Login.logout();
        return request;
    }

    /** Ticks the first checkbox of the group whose label starts with {@code prefix}. */
    private void checkFirst(String group, String prefix) {
        WebElement box = walk.browser.wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                return Array.from(document.querySelectorAll(arguments[0] + ' vaadin-checkbox'))
                    .find(c => c.textContent.trim().startsWith(arguments[1]) || (c.label || '').startsWith(arguments[1]))
                    || null;""", group, prefix));
        new VaadinForm(walk.browser).click(box);
    }

    /** Types the colleague's last name into "Collega's" and picks them from the list. */
    private void pickColleague(String name) {
        VaadinForm form = new VaadinForm(walk.browser);
        WebElement input = form.usable(By.cssSelector("#feedback-askees input"));
        input.sendKeys(name.substring(name.indexOf(' ') + 1));
        WebElement option = walk.browser.wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                return Array.from(document.querySelectorAll('vaadin-multi-select-combo-box-item'))
                    .find(i => i.offsetParent !== null && i.textContent.trim().startsWith(arguments[0])) || null;""",
                name));
        form.click(option);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.ESCAPE);
        walk.browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-overlay[opened]"))
                .isEmpty());
    }
}
