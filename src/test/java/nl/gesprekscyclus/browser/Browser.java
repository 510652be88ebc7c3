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
    /** How often a wait looks again (WebDriverWait's default is 500 ms). */
    public static final Duration POLL = Duration.ofMillis(100);

    public final WebDriver driver;
    public final WebDriverWait wait;
    final String baseUrl;
    /** False for a test's view of a browser its class shares: closing that view leaves the browser running. */
    private final boolean owner;
    /** Where this browser's time went, one line in the class's output when it closes. */
    final WalkTimes times;

    public Browser(String baseUrl, int width, int height) {
        this(baseUrl, width, height, Duration.ofSeconds(30));
    }

    /** With a longer wait for pages and elements, for a test that loads the machine itself (e.g. two app JVMs). */
    public Browser(String baseUrl, int width, int height, Duration wait) {
        this.baseUrl = baseUrl;
        this.owner = true;
        this.times = new WalkTimes();
        long start = System.nanoTime();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gc.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("gc.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        times.add("chromium start", System.nanoTime() - start);
        // a wait reads what Vaadin may re-render in between (the language switch replaces the page): an element gone
        // stale is read again at the next poll, as a person would look again. It looks every 100 ms, not Selenium's
        // 500: a walk waits some hundred times for the server's answer, and at 500 ms each wait overran that answer
        // by a quarter second on average (a poll is one small script in the page, far cheaper than the wait).
        // A click refused because something still lies over the element (a layout settling: the menu beside the page)
        // is tried again at the next poll too (VaadinForm.click; seen once in ProfileInBrowserTests on PostgreSQL).
        this.wait = (WebDriverWait) new TimedWait(driver, wait, times).ignoring(
                org.openqa.selenium.StaleElementReferenceException.class,
                org.openqa.selenium.ElementClickInterceptedException.class);
    }

    /** A wait that counts its time in the browser's {@link WalkTimes}. */
    private static final class TimedWait extends WebDriverWait {

        private final WalkTimes times;

        TimedWait(WebDriver driver, Duration timeout, WalkTimes times) {
            super(driver, timeout, POLL);
            this.times = times;
        }

        @Override
        public <V> V until(java.util.function.Function<? super WebDriver, ? extends V> isTrue) {
            long start = System.nanoTime();
            try {
                return times.time("waits", () -> super.<V>until(isTrue));
            } finally {
                times.noteWait(System.nanoTime() - start);
            }
        }
    }

    private Browser(Browser shared) {
        this.baseUrl = shared.baseUrl;
        this.driver = shared.driver;
        this.wait = shared.wait;
        this.owner = false;
        this.times = shared.times;
    }

    /**
     * This browser for the next test of a class that shares one chromium (starting one costs seconds): as a browser
     * that was closed and opened again, without the cookies of any site and without what the application's pages
     * stored, on a blank page. The returned view's {@link #close()} leaves the browser running for the next test.
     */
    public Browser forNextTest() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.get("about:blank");
        return new Browser(this);
    }

    /**
     * Changes whose browser this is: leaves the page shown, then holds only these cookies of the application (none: no
     * session, as a browser closed and opened again). The page goes first: a request it still sends (Vaadin's
     * heartbeat, a field's last value) would otherwise reach the next person's session with the last person's page,
     * and Vaadin answers that with a reload of that page, over the next address the test opens.
     */
    public void changeSession(java.util.Set<org.openqa.selenium.Cookie> cookies) {
        driver.get("about:blank");
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        for (org.openqa.selenium.Cookie c : cookies) {
            java.util.Map<String, Object> cookie = new java.util.HashMap<>(java.util.Map.of("name", c.getName(),
                    "value", c.getValue(), "url", baseUrl, "path", c.getPath(), "httpOnly", c.isHttpOnly(),
                    "secure", c.isSecure()));
            if (c.getSameSite() != null) {
                cookie.put("sameSite", c.getSameSite());
            }
            chrome.executeCdpCommand("Network.setCookie", cookie);
        }
    }

    public void open(String path) {
        times.time("page loads", () -> driver.get(baseUrl + path));
    }

    /**
     * The second a person gives work done in the background (a timer, the job executor) before loading the screen
     * again; counted as the walk's "reload sleeps".
     */
    void pauseBeforeReload() {
        times.time("reload sleeps", () -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Loads the page shown again, as the browser's reload button does. */
    void reload() {
        times.time("page loads", () -> driver.navigate().refresh());
    }

    /** Ends the session the way closing the browser does: the next page asks for a login again. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Whether this run takes screenshots and asks axe for its verdict (default yes). The PostgreSQL execution walks the
     * same screens again to prove the database behind them; it sets {@code gc.browser.look=false}, because the markup
     * axe judges and the pictures a person looks at do not depend on the database, and the H2 execution has judged
     * and pictured each screen already (with the same file names: the second run only overwrote the first's
     * pictures). Axe is about a fifth of a walk's time (WholeReviewInBrowserTests: 31 s of the browser's 139 s for 52
     * looks; docs/performance.md).
     */
    public static final boolean LOOK = Boolean.parseBoolean(System.getProperty("gc.browser.look", "true"));

    /** A picture of the page in target/screenshots/, or nothing (null) in a run that does not look. */
    public Path screenshot(String name) {
        if (!LOOK) {
            return null;
        }
        return times.time("screenshots", () -> {
            try {
                return picture(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Path picture(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /**
     * What the browser shows now, for a wait that failed: the address, the title, the start of the page's text, and a
     * picture in target/screenshots/FAILED-&lt;name&gt;.png (taken in every run, also one that does not look). For the
     * click under "Mijn taken" that now and then leads to no review screen within the wait (cause not found yet).
     */
    public String whatIsShown(String name) {
        StringBuilder said = new StringBuilder();
        try {
            said.append("address ").append(driver.getCurrentUrl()).append(", title \"").append(driver.getTitle())
                    .append('"');
            Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.body ? document.body.innerText : ''");
            String shown = String.valueOf(text).replaceAll("\\s+", " ").strip();
            said.append(", text \"").append(shown, 0, Math.min(600, shown.length())).append('"');
            said.append(", picture ").append(picture("FAILED-" + name));
        } catch (IOException | RuntimeException e) {
            said.append(" (could not ask the browser further: ").append(e).append(')');
        }
        return said.toString();
    }

    @Override
    public void close() {
        if (owner) {
            System.out.println(times.summary());
            driver.quit();
        }
    }
}
