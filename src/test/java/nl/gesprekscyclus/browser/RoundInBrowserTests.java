package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * HR starts next year's round in a real browser, with the job executor running as in production: the
 * confirmation, then the overview that fills up as the reviews start in the background.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(locations = "classpath:test.properties", properties = "camunda.bpm.job-execution.enabled=true")
@Tag("db")
@Tag("browser")
class RoundInBrowserTests {

    /** camunda.bpm.job-execution.lock-time-in-millis in config/application.yml. */
    static final long LOCK_TIME_MILLIS = 60_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** Polls the engine's job table until a job is locked: {expiry of its lock, a moment after it was seen}. */
    private long[] firstLockedJob() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Timestamp> locks = jdbc.queryForList(
                    "select lock_exp_time_ from act_ru_job where lock_exp_time_ is not null", Timestamp.class);
            long seenBy = System.currentTimeMillis();
            if (!locks.isEmpty()) {
                return new long[] {locks.get(0).getTime(), seenBy};
            }
            try {
                Thread.sleep(5); // a batch of 44 review starts holds its lock far longer than this
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("no job was locked within a minute");
    }

    @Test
    void shouldLetHrStartTheRoundAndSeeEveryReviewStartInTheBackground() throws Exception {
        int year = LocalDate.now().getYear() + 1;
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 1000)) {
            new LoginPage(browser).open().logInAndWait(DemoUsers.HR, DemoUsers.PASSWORD);
            browser.open("/jaarronde");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("round-start")));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Jaarronde");
            assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("Jaarronde " + year + " starten");
            browser.screenshot("10-jaarronde-starten");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the start form").isEmpty();

            browser.driver.findElement(By.id("round-start")).click();
            browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return document.querySelector(\"[slot='confirm-button']\") !== null"));
            browser.screenshot("11-jaarronde-bevestigen");
            // the first job the engine locks for this start (the batch, or a review's start)
            long confirmedAt = System.currentTimeMillis();
            CompletableFuture<long[]> firstLock = CompletableFuture.supplyAsync(this::firstLockedJob);
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector(\"[slot='confirm-button']\").click()");

            browser.wait.until(ExpectedConditions.textToBe(By.id("round-status"), "Open"));
            // the 44 active demo employees get their review from the job executor, in batches; the overview follows
            // it by itself (it polls while reviews start), nobody presses Vernieuwen
            // (43 of the 44: under Ommen's assessment policy the gemeentesecretaris, Annemarie Bakker, at the top, has
            // no assessor; the round names her with the reason instead of waiting for her review)
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Browser.POLL)
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("round-starting")));
            assertThat(browser.driver.findElement(By.id("round-progress")).getText()).startsWith("43 van 44");
            assertThat(browser.driver.findElement(By.id("round-not-started")).getText()).contains("Annemarie Bakker (100001)");
            assertThat(browser.driver.findElement(By.id("round-selection")).getText())
                    .isEqualTo("Alle actieve medewerkers");
            // everyone has a review: nothing left to say about a start that goes on by itself
            assertThat(browser.driver.findElement(By.id("round-resumes")).isDisplayed()).isFalse();

            // the engine locks a job for the shipped lock time (config/application.yml), not Camunda's 5 minutes:
            // acquired between the confirmation and the moment the lock was seen, so expiry - lock time lies there
            long[] lock = firstLock.get(60, TimeUnit.SECONDS);
            long expires = lock[0];
            long seenBy = lock[1];
            assertThat(expires - LOCK_TIME_MILLIS).as("the lock's expiry minus the lock time is when it was taken")
                    .isBetween(confirmedAt - 1000, seenBy + 1000);
            browser.screenshot("12-jaarronde-gestart");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the round overview").isEmpty();
        }
    }
}
