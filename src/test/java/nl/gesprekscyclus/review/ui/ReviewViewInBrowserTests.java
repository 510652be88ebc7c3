package nl.gesprekscyclus.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.gesprekscyclus.browser.Accessibility;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.browser.VaadinForm;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ReviewInBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The review screen in the real browser (chromium): two columns side by side on a wide screen and under each other
 * on a narrow one, the marking of a resultaatgebied, the weights rule at the top, the dialog's messages next to its
 * fields, and no serious or critical axe findings. Screenshots in target/screenshots/ (20-…).
 * <p>
 * Its own Spring context (the property {@code gc.test.context}): RoundInBrowserTests expects next year's round not
 * to be started yet in its context, and this test starts it for Bart Jansen.
 */
@ReviewInBrowserTest
class ReviewViewInBrowserTests {

    static final int YEAR = LocalDate.now().getYear() + 1;

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;
    @Autowired
    RoundService rounds;
    @Autowired
    RoundMembership membership;
    @Autowired
    ReviewReadService reads;
    @Autowired
    PlanningService planning;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowTheProfileNextToTheAgreementsAndTheMessagesWhereTheyBelong() {
        long id = bartsReviewWithTwoDrafts();
        try (Browser browser = new Browser("http://localhost:" + port, 1400, 1800)) {
            VaadinForm form = new VaadinForm(browser);
            new LoginPage(browser).open().logInAndWait("jansen", DemoUsers.PASSWORD);
            browser.open("/gesprek/" + id);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-profile")));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Gesprekscyclus " + YEAR);
            assertThat(browser.driver.findElement(By.cssSelector(".review-step[aria-current='step']")).getText())
                    .contains("Planning").contains("Huidige fase");
            // the page carries the screen (vaadin.eagerServerLoad): the columns exist before the theme has laid them
            // out, so wait for both tops to meet (once, on a loaded machine, they were a pixel apart just then)
            browser.wait.until(d -> d.findElement(By.id("review-agreements")).getRect().getY()
                    == d.findElement(By.id("review-profile")).getRect().getY());
            Rectangle left = browser.driver.findElement(By.id("review-profile")).getRect();
            Rectangle right = browser.driver.findElement(By.id("review-agreements")).getRect();
            assertThat(right.getX()).as("two columns side by side").isGreaterThan(left.getX() + left.getWidth() - 1);
            assertThat(right.getY()).isEqualTo(left.getY());
            browser.screenshot("20-gesprek-planning");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the review").isEmpty();

            // choosing a resultaatgebied on the left marks it and its agreements
            WebElement toggle = browser.driver.findElement(
                    By.cssSelector("#review-profile .area-toggle[data-result-area='RG2']"));
            form.click(toggle);
            browser.wait.until(ExpectedConditions.attributeContains(
                    By.cssSelector(".review-agreement-group[data-result-area='RG2']"), "class", "highlighted"));
            assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
            browser.screenshot("21-gesprek-resultaatgebied-gekozen");

            // submitting with weights of 90: the rule at the top of "Wat u nu kunt doen"
            form.usable(By.id("review-submit")).click();
            clickConfirm(browser);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-errors"),
                    "De gewichten tellen op tot 90; dat moet 100 zijn."));
            browser.screenshot("22-gesprek-gewichten");

            // an empty agreement: the messages next to the fields, the dialog stays
            form.usable(By.id("review-add-agreement")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-dialog-overlay[opened] vaadin-button[theme~='primary']")));
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the agreement dialog").isEmpty();
            form.saveDialog();
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-text-area[invalid]")).size() == 2);
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-dialog-overlay[opened]"))).hasSize(1);
            browser.screenshot("23-gesprek-afspraak-verplicht");
        }
        // a tablet (under 60rem, over the phone's 40rem where the parts go behind tabs: WholeReviewInBrowserTests)
        try (Browser browser = new Browser("http://localhost:" + port, 800, 1400)) {
            new LoginPage(browser).open().logInAndWait("jansen", DemoUsers.PASSWORD);
            browser.open("/gesprek/" + id);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-profile")));
            Rectangle left = browser.driver.findElement(By.id("review-profile")).getRect();
            Rectangle right = browser.driver.findElement(By.id("review-agreements")).getRect();
            assertThat(right.getY()).as("on a narrow screen under each other")
                    .isGreaterThanOrEqualTo(left.getY() + left.getHeight());
            browser.screenshot("24-gesprek-smal");
        }
    }

    /** Bart Jansen's review of next year, with two draft agreements (weights 60 and 30) and a development goal. */
    private long bartsReviewWithTwoDrafts() {
        Login.as(users, DemoUsers.HR);
        // a new round starts his review itself (the job executor runs in this context): adding him as well raced
        // that job to the same review (unique key review(employee, year)); only an existing round needs him added
        rounds.round(YEAR).ifPresentOrElse(round -> membership.addEmployee(round.getId(), "100012"),
                () -> rounds.startRound(rounds.defaultCalendar(YEAR), new RoundSelection(Set.of(), Set.of("100012"))));
        Login.as(users, "jansen");
        long id = waitForDraftingStep();
        planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG1", "projectleider",
                "Advies over de regionale samenwerking", "Het college neemt het advies over", LocalDate.of(YEAR, 6, 30),
                60));
        planning.saveResultAgreement(id, null, null, new ResultAgreementData("RG2", null, "Nota duurzaamheid",
                "Vastgesteld door de raad", LocalDate.of(YEAR, 10, 1), 30));
        planning.saveDevelopmentAgreement(id, null, null, new DevelopmentAgreementData("Regie op ketenpartners",
                "Cursus ketenregie", "Regie voeren", "Zelf uitvoeren", "Cursus volgen", "Ruimte geven", "Budget", null));
        Login.logout();
        return id;
    }

    /** The job executor starts the review in the background: its id once Bart's drafting step is open. */
    private long waitForDraftingStep() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> id = reads.myReviewOf(YEAR).filter(r -> reads.dossier(r).canDo(ReviewTask.DRAFT_AGREEMENTS));
            if (id.isPresent()) {
                return id.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Bart's review did not reach the drafting step within a minute");
    }

    private static void clickConfirm(Browser browser) {
        browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector(\"[slot='confirm-button']\") !== null"));
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector(\"[slot='confirm-button']\").click()");
    }
}
