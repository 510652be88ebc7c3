package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A review walked in one chromium by several people, each in their own session (WholeReviewInBrowserTests,
 * MiddelstadInBrowserTests): who is at the keyboard, the screenshots (numbered from the walk's first) and axe's verdict
 * on each screen.
 * <p>
 * Each person logs in through the login form the first time; when it is their turn again they come back to their own
 * session, as a person who left their browser open does: the walk switches the session cookies rather than logging in
 * again (a login through the form costs seconds and proves nothing new; the login itself is tested in
 * ProfileInBrowserTests). Their session lives far longer (30 minutes idle) than a walk takes.
 */
final class Walk implements AutoCloseable {

    final Browser browser;
    private final String screenshotPrefix;
    private int shot;
    private final Map<String, Set<Cookie>> sessions = new HashMap<>();
    private final boolean lookAtTaskLists;
    private final Set<String> taskListsLookedAt = new HashSet<>();

    /**
     * @param screenshotPrefix e.g. "middelstad-"
     * @param firstShot the number of the walk's first screenshot
     * @param lookAtTaskLists whether each person's "Mijn taken" is looked at too, not only the review screen
     */
    Walk(int port, String screenshotPrefix, int firstShot, boolean lookAtTaskLists) {
        this.browser = new Browser("http://localhost:" + port, 1400, 1800);
        this.screenshotPrefix = screenshotPrefix;
        this.shot = firstShot;
        this.lookAtTaskLists = lookAtTaskLists;
    }

    /** Puts this person at the keyboard: their own session, logged in through the form the first time. */
    void logIn(String username) {
        Set<Cookie> session = sessions.get(username);
        browser.times.time("session switches", () -> browser.changeSession(session != null ? session : Set.of()));
        if (session == null) {
            LoginPage login = browser.times.time("log-in page", () -> new LoginPage(browser).open());
            browser.times.time("log-in submit", () -> login.logInAndWait(username, DemoUsers.PASSWORD));
            sessions.put(username, browser.driver.manage().getCookies());
        }
    }

    /** Comes to the review directly (as from Mijn gesprekscyclus). */
    ReviewPage logInAndOpenReview(String username, long id) {
        logIn(username);
        return new ReviewPage(browser).open(id);
    }

    /**
     * Finds the task under "Mijn taken" and opens the review from it; looks at the review screen of that step, and
     * (if the walk does) at the person's task list.
     */
    ReviewPage logInAndOpen(String username, String task, String person) {
        logIn(username);
        TasksPage tasks = new TasksPage(browser).open();
        if (lookAtTaskLists) {
            // axe once per person's list: a list of other tasks later is the same screen with other text
            if (taskListsLookedAt.add(username)) {
                look(username + "-mijn-taken");
            } else {
                screenshot(username + "-mijn-taken");
            }
        }
        ReviewPage page = tasks.openTask(task, person);
        look(username + "-gesprek");
        return page;
    }

    /** A screenshot of the screen as it is, and axe-core's verdict on it (ids unique included). */
    void look(String name) {
        screenshot(name);
        assertThat(Accessibility.seriousViolations(browser)).as("axe on " + name).isEmpty();
    }

    /** Only the screenshot, for a person to look at. */
    void screenshot(String name) {
        browser.screenshot(String.format("%02d-%s%s", shot++, screenshotPrefix, name));
    }

    /** The text of an element including what Vaadin renders into its slots (grid cells). */
    String textContent(By by) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return arguments[0].textContent", browser.driver.findElement(by));
    }

    @Override
    public void close() {
        browser.close();
    }
}
