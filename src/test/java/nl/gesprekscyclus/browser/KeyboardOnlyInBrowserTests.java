package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.round.TestRounds;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewInBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One real step with the keyboard only (WCAG 2.1.1, 2.4.7): Ruben Smit logs in, opens his task from "Mijn taken"
 * (a grid: Tab into it, Enter on the cell to reach the link, Enter to follow it), adds a result agreement in the
 * dialog (the select opened with the arrow keys), saves it, and submits with the confirmation dialog, never clicking.
 * At every Tab stop the focus is visible. While the confirmation is open, Tab and Shift+Tab stay inside it, and axe
 * finds nothing serious but the one artefact described in docs/accessibility.md. Screenshots in target/screenshots/
 * (50-…). Shares the browser tests' Spring context; Ruben's review of 2040 is used by no other test in it.
 */
@ReviewInBrowserTest
class KeyboardOnlyInBrowserTests {

    static final int YEAR = 2040;
    static final String SMIT = "100015";
    static final String KEY = YEAR + "/" + SMIT;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProcessDriver driver;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldDraftAndSubmitAnAgreementWithTheKeyboardOnly() {
        rubensReviewOf2040();
        try (Browser browser = new Browser("http://localhost:" + port, 1400, 1800)) {
            Keyboard keys = new Keyboard(browser);

            // log in: Tab to the user name, type, Tab, type, Enter
            new LoginPage(browser).open();
            if (!keys.focusIn("input[name='username']")) {
                keys.tabTo("input[name='username']");
            }
            keys.type("smit");
            keys.press(Keys.TAB);
            assertThat(keys.focusIn("input[name='password']")).as(keys.focused()).isTrue();
            keys.type(DemoUsers.PASSWORD);
            keys.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));

            // Mijn taken: Tab into the grid's rows, Enter on a cell reaches its link, Enter follows it
            new TasksPage(browser).open();
            keys.tabTo("#items td");
            for (int column = 0; column < 8 && !keys.focusIn("a.tasks-link"); column++) {
                keys.press(Keys.ENTER);
                if (!keys.focusIn("a.tasks-link")) {
                    keys.press(Keys.ESCAPE);
                    keys.press(Keys.ARROW_RIGHT);
                }
            }
            assertThat(keys.focused()).contains("Afspraken opstellen");
            keys.assertFocusVisible();
            browser.screenshot("50-toetsenbord-mijn-taken");
            keys.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-profile")));

            // the agreement dialog: Enter on the button, the select opened with the arrow keys
            keys.tabTo("#review-add-agreement");
            keys.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay[opened]")));
            System.out.println("[ui4] axe with the agreement dialog open: " + Accessibility.seriousViolations(browser)
                    + "; #outlet aria-hidden=" + js(browser).executeScript(
                            "return document.getElementById('outlet').getAttribute('aria-hidden')"));
            keys.tabTo("vaadin-dialog-overlay vaadin-select", 10, false);
            keys.press(Keys.ARROW_DOWN);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-overlay[opened]")));
            keys.press(Keys.ARROW_DOWN);
            keys.press(Keys.ENTER);
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
            keys.tabTo("vaadin-dialog-overlay vaadin-text-area", 5, false);
            keys.type("Beheerplan met het toetsenbord");
            keys.tabTo("vaadin-dialog-overlay vaadin-text-area", 3, false);
            keys.type("Vastgesteld door het MT");
            keys.tabTo("vaadin-dialog-overlay vaadin-date-picker", 3, false);
            keys.type("30-06-" + YEAR);
            // typing opens the calendar; Enter takes the typed date and closes it
            keys.press(Keys.ENTER);
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
            keys.tabTo("vaadin-dialog-overlay vaadin-integer-field", 3, false);
            keys.type("100");
            browser.screenshot("51-toetsenbord-afspraak");
            keys.tabTo("vaadin-dialog-overlay vaadin-button[theme~='primary']", 10, false);
            keys.press(Keys.ENTER);
            new VaadinForm(browser).waitForDialogClosed();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-agreements"),
                    "Beheerplan met het toetsenbord"));

            // submit: the confirmation keeps the focus inside it, both ways round
            keys.tabTo("#review-submit");
            keys.press(Keys.ENTER);
            browser.wait.until(d -> (Boolean) js(browser).executeScript(
                    "return Array.from(document.querySelectorAll('vaadin-confirm-dialog')).some(c => c.opened);"));
            for (int i = 0; i < 6; i++) {
                keys.press(i % 2 == 0 ? Keys.TAB.toString() : Keys.chord(Keys.SHIFT, Keys.TAB));
                assertThat(keys.focusIn("#outlet")).as("focus behind the confirmation: " + keys.focused()).isFalse();
                keys.assertFocusVisible();
            }
            browser.screenshot("52-toetsenbord-bevestigen");
            List<String> findings = Accessibility.seriousViolations(browser);
            System.out.println("[ui4] axe with the confirmation open: " + findings + "; #outlet aria-hidden="
                    + js(browser).executeScript("return document.getElementById('outlet').getAttribute('aria-hidden')"));
            // with aria-modal on the overlay (ConfirmDialogs.modal) axe sees the modal; without it: aria-hidden-focus
            assertThat(findings).as("axe with the confirmation open").isEmpty();
            assertThat(js(browser).executeScript("return document.querySelector("
                    + "'vaadin-confirm-dialog-overlay[opened]').getAttribute('aria-modal')")).isEqualTo("true");
            keys.tabTo("[slot='confirm-button']", 4, false);
            keys.press(Keys.SPACE);
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Browser.POLL).until(d -> driver.openTasks(KEY)
                    .equals(List.of("planningInput")));
            browser.wait.until(d -> d.findElements(By.id("review-submit")).isEmpty());
            browser.screenshot("53-toetsenbord-ingediend");
        }
    }

    /** Ruben's review of 2040, in its drafting step. */
    private void rubensReviewOf2040() {
        Login.as(users, DemoUsers.HR);
        TestRounds.round(context, YEAR, Set.of(SMIT));
        // the round start starts the review, and the job executor is on in this context and may run the same jobs:
        // wait until the review is there (starting it here as well raced the job to the unique key
        // review(employee, year), CI once)
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!driver.openTasks(KEY).equals(List.of("draftAgreements"))) {
            assertThat(System.nanoTime()).as("Ruben's review started").isLessThan(deadline);
            try {
                driver.runDueJobsOf(KEY, "round-" + YEAR);
                Thread.sleep(500);
            } catch (RuntimeException e) {
                // a job the executor took at the same time: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Login.logout();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
