package nl.gesprekscyclus.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Mijn taken": the logged-in person's open steps, each a link to its review. */
public final class TasksPage {

    private final Browser browser;

    public TasksPage(Browser browser) {
        this.browser = browser;
    }

    public TasksPage open() {
        browser.open("/taken");
        browser.wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-grid")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-empty"))));
        return this;
    }

    /** The accessible names of the task links: "task for whom (year)". */
    public List<String> tasks() {
        return browser.driver.findElements(By.cssSelector("a.tasks-link")).stream()
                .map(a -> a.getAttribute("aria-label")).toList();
    }

    /**
     * Opens the review of the task whose link names this task and this person; waits for the review screen. A step
     * that the engine opens in the background reaches the list on its next load, so the list is reloaded until the
     * task is there (at most a minute).
     */
    public ReviewPage openTask(String task, String person) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        java.util.Optional<WebElement> link = find(task, person);
        while (link.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no task \"" + task + "\" for " + person + " under Mijn taken; there are "
                        + tasks());
            }
            browser.pauseBeforeReload();
            open();
            link = find(task, person);
        }
        String href = link.get().getAttribute("href");
        new VaadinForm(browser).click(link.get());
        try {
            return new ReviewPage(browser).waitUntilShown();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("clicked \"" + task + "\" for " + person + " (" + href
                    + ") under Mijn taken, and no review screen came; the browser shows: "
                    + browser.whatIsShown("open-task-" + task.replaceAll("\\W+", "-")), e);
        }
    }

    private java.util.Optional<WebElement> find(String task, String person) {
        return browser.driver.findElements(By.cssSelector("a.tasks-link")).stream().filter(a -> {
            String label = a.getAttribute("aria-label");
            return label != null && label.contains(task) && label.contains(person);
        }).findFirst();
    }
}
