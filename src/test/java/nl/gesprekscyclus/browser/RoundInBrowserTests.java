package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
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

    @LocalServerPort
    int port;

    @Test
    void shouldLetHrStartTheRoundAndSeeEveryReviewStartInTheBackground() {
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
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector(\"[slot='confirm-button']\").click()");

            browser.wait.until(ExpectedConditions.textToBe(By.id("round-status"), "Open"));
            // the 44 active demo employees get their review from the job executor, in batches
            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
                d.findElement(By.id("round-refresh")).click();
                return d.findElement(By.id("round-progress")).getText().startsWith("44 van 44");
            });
            assertThat(browser.driver.findElement(By.id("round-selection")).getText())
                    .isEqualTo("Alle actieve medewerkers");
            browser.screenshot("12-jaarronde-gestart");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the round overview").isEmpty();
        }
    }
}
