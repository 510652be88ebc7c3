package nl.gesprekscyclus.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Selenium (installed by .ci/run: apt-get install chromium chromium-driver).
 * Screenshots go to target/screenshots/ so a person can look at every screen a test walked.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    final String baseUrl;

    public Browser(String baseUrl, int width, int height) {
        this(baseUrl, width, height, Duration.ofSeconds(30));
    }

    /** With a longer wait for pages and elements, for a test that loads the machine itself (e.g. two app JVMs). */
    public Browser(String baseUrl, int width, int height, Duration wait) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gc.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("gc.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // a wait reads what Vaadin may re-render in between (the language switch replaces the page): an element gone
        // stale is read again at the next poll, as a person would look again
        this.wait = (WebDriverWait) new WebDriverWait(driver, wait)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Ends the session the way closing the browser does: the next page asks for a login again. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
