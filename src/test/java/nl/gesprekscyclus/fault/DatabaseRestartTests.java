package nl.gesprekscyclus.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.test_support.AppProcess;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The database restarts while people work: the application (child JVM, shipped settings) on an embedded
 * PostgreSQL that this test stops and starts again on the same port and data directory. While it is down, a
 * screen opened in the real browser says "De database is even niet bereikbaar; probeer het over een minuut
 * opnieuw" within seconds, with no stack trace; once it is back, the same screen works again without restarting
 * the application (Hikari replaces the broken connections).
 */
class DatabaseRestartTests {

    @TempDir
    Path work;

    @Test
    void whileTheDatabaseIsDownPeopleReadAPlainMessageAndAfterwardsTheApplicationWorksAgain() throws Exception {
        Path data = work.resolve("pg-data");
        int port = AppProcess.freePort();
        EmbeddedPostgres postgres = postgres(data, port);
        try (AppProcess app = AppProcess.named("database-restart").profiles("demo")
                .datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "").start();
                Browser browser = new Browser(app.baseUrl(), 1280, 900)) {
            new LoginPage(browser).open().logInAndWait(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
            browser.open("/mijn-gesprekscyclus");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout h1")).isEmpty());

            postgres.close();
            long before = System.nanoTime();
            browser.open("/mijn-gesprekscyclus");
            String expected = Messages.nl("error.databaseUnavailable.text");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body"))
                    .getText().contains(expected));
            double seconds = (System.nanoTime() - before) / 1e9;
            String page = browser.driver.findElement(By.tagName("body")).getText();
            System.out.printf("database down: message after %.1f s%n", seconds);
            assertThat(seconds).as("the message comes within seconds, not after a 30 s wait").isLessThan(15);
            assertThat(page).doesNotContain("Exception").doesNotContain("at nl.gesprekscyclus")
                    .doesNotContain("org.springframework");

            postgres = postgres(data, port);
            browser.open("/mijn-gesprekscyclus");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout h1")).isEmpty());
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(expected);
            assertThat(app.isAlive()).isTrue();
        } finally {
            postgres.close();
        }
    }

    /** Same data directory, same port: what an operator's restart of the database server looks like to the app. */
    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }
}
