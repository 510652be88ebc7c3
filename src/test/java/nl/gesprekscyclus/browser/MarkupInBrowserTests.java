package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.TaskNotOpenException;
import nl.gesprekscyclus.round.TestRounds;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.InputTestEmployees;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.PlainHttp;
import nl.gesprekscyclus.test_support.ReviewInBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Stored markup in the real browser (issue #6): an employee whose name and agreements hold {@code <img onerror>} and
 * {@code <script>} opens her review in chromium; the text is shown as text, no {@code img} element is created from
 * it and no alert opens. Shares the Spring context of the other review browser tests (same configuration).
 * Łucja (450004) in round 2046 is used by no other test.
 */
@ReviewInBrowserTest
class MarkupInBrowserTests {

    static final int YEAR = 2046;
    static final String NUMBER = "450004";
    static final String LOGIN = "input450004";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(2)</script>";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reads;
    @Autowired
    PlanningService planning;
    private Browser browser;

    @AfterEach
    void tearDown() {
        Login.logout();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldShowStoredMarkupAsTextWithoutCreatingElementsOrRunningScript() throws Exception {
        EmployeeSummary employee = InputTestEmployees.ensure(context, NUMBER, LOGIN, "Łucja " + SCRIPT, IMG + " Weiß");
        TestRounds.round(context, YEAR, Set.of(NUMBER));
        Login.as(users, DemoUsers.HR);
        // the round start (the job executor runs in this context) starts the review; starting it here as well
        // raced the job to the same review (unique key review(employee, year), CI once)
        Login.as(users, LOGIN);
        long id = waitForReview();
        draftOnceTheTaskIsOpen(id, new ResultAgreementData("RG1", null, IMG + " 👩‍💼 שלום", SCRIPT,
                LocalDate.of(YEAR, 6, 30), null));
        Login.logout();

        browser = new Browser("http://localhost:" + port, 1400, 1200);
        new LoginPage(browser).open().logInAndWait(LOGIN, DemoUsers.PASSWORD);
        browser.open("/gesprek/" + id);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-employee")));

        assertThat(browser.driver.findElement(By.id("review-employee")).getText())
                .isEqualTo("Łucja " + SCRIPT + " " + employee.lastName());
        assertThat(textContent("review-agreements")).contains(IMG + " 👩‍💼 שלום", SCRIPT);
        Object injected = ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelectorAll('img[onerror], img[src=\"x\"]').length"
                        + " + document.querySelectorAll('#review-agreements script, #review-employee script').length");
        assertThat(((Number) injected).intValue()).isZero();
        assertThat(alertOpen()).isFalse();
        browser.screenshot("60-markup-as-text");

        // the page itself carries the screen as JSON in a script (vaadin.eagerServerLoad): the typed markup is in
        // it, escaped, so it cannot end that script (unescaped, the alert above opened: InitialUiEscaping)
        String page = PlainHttp.to(port).logIn(LOGIN, DemoUsers.PASSWORD).get("/gesprek/" + id).body();
        assertThat(page).doesNotContain(SCRIPT).contains("\\u003cscript>alert(2)\\u003c/script>");
    }

    private long waitForReview() {
        for (int i = 0; i < 100; i++) {
            var review = reads.myReviewOf(YEAR);
            if (review.isPresent()) {
                return review.get();
            }
            pause();
        }
        throw new AssertionError("no review for " + NUMBER + " in " + YEAR);
    }

    /** The job executor opens the drafting task shortly after the review exists. */
    private void draftOnceTheTaskIsOpen(long id, ResultAgreementData data) {
        for (int i = 0; i < 150; i++) {
            try {
                planning.saveResultAgreement(id, null, null, data);
                return;
            } catch (TaskNotOpenException e) {
                pause();
            }
        }
        throw new AssertionError("the drafting task of " + NUMBER + " did not open");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean alertOpen() {
        try {
            browser.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private String textContent(String id) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return arguments[0].textContent", browser.driver.findElement(By.id(id)));
    }
}
