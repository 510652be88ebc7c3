package nl.gesprekscyclus.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review screen (gesprek/&lt;id&gt;): the profile, the agreements and "Wat u nu kunt doen" with the viewer's
 * open steps. Steps are found by their task (data-task), buttons by their stable ids.
 */
public final class ReviewPage {

    private final Browser browser;
    public final VaadinForm form;

    public ReviewPage(Browser browser) {
        this.browser = browser;
        this.form = new VaadinForm(browser);
    }

    public ReviewPage open(long reviewId) {
        browser.open("/gesprek/" + reviewId);
        return waitUntilShown();
    }

    ReviewPage waitUntilShown() {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-todo")));
        return this;
    }

    /** Waits until the step of this task (ReviewTask name, e.g. DRAFT_AGREEMENTS) is offered to the viewer. */
    public ReviewPage waitForStep(String task) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(step(task)));
        return this;
    }

    /**
     * Reloads the screen until this step is offered: steps that open in the background (a timer, the job executor)
     * reach a screen on its next load, as for a real user.
     */
    public ReviewPage reloadUntilStep(String task, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!offers(task)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("step " + task + " not offered within " + timeout + "; offered: " + steps());
            }
            reloadAfterAPause();
        }
        return this;
    }

    /** Reloads the screen until an element with this id is there (e.g. a document made in the background). */
    public ReviewPage reloadUntil(String id, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (browser.driver.findElements(By.id(id)).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("#" + id + " not shown within " + timeout);
            }
            reloadAfterAPause();
        }
        return this;
    }

    private void reloadAfterAPause() {
        browser.pauseBeforeReload();
        browser.reload();
        waitUntilShown();
    }

    public boolean offers(String task) {
        return !browser.driver.findElements(step(task)).isEmpty();
    }

    /** The steps offered to the viewer now, by task name. */
    public java.util.List<String> steps() {
        return browser.driver.findElements(By.cssSelector("#review-todo .review-task")).stream()
                .map(e -> e.getAttribute("data-task")).toList();
    }

    /** The form helper limited to one step of "Wat u nu kunt doen". */
    public VaadinForm inStep(String task) {
        return form.within("#review-todo .review-task[data-task='" + task + "']");
    }

    private static By step(String task) {
        return By.cssSelector("#review-todo .review-task[data-task='" + task + "']");
    }

    public void click(String id) {
        // scrolled out of the content area a button counts as hidden: bring it into view first, as a user scrolls
        form.usable(By.id(id)).click();
    }

    /** Clicks the button and confirms the dialog that asks; returns the dialog's text. */
    public String clickAndConfirm(String id) {
        click(id);
        String text = form.confirmationText();
        form.confirm();
        return text;
    }

    /** Waits until this task's step is gone: the step was done and the screen refreshed. */
    public ReviewPage waitUntilDone(String task) {
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(step(task)));
        return this;
    }

    public String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** The phase the timeline marks as current. */
    /** Reloads until the timeline marks the phase as current (the job that opened it may still be committing). */
    public String currentPhaseAfterReload(String phase, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!currentPhase().contains(phase) && System.nanoTime() < deadline) {
            reloadAfterAPause();
        }
        return currentPhase();
    }

    public String currentPhase() {
        return browser.driver.findElement(By.cssSelector(".review-step[aria-current='step']")).getText();
    }

    /** Everything the screen shows as text. */
    public String pageText() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    public String todoText() {
        return text("review-todo");
    }

    public void addResultAgreement(String area, String description, String criterion, LocalDate deadline,
            int weight) {
        addAgreement("Resultaatgebied", area, description, criterion, deadline, weight);
    }

    /** A result agreement linked to one of the employee's roles instead of a resultaatgebied (issue 18). */
    public void addRoleAgreement(String role, String description, String criterion, LocalDate deadline,
            int weight) {
        addAgreement("Of een rol", role, description, criterion, deadline, weight);
    }

    /** The agreement dialog filled in: linked through the choice labelled {@code linkLabel} to {@code link}. */
    private void addAgreement(String linkLabel, String link, String description, String criterion, LocalDate deadline,
            int weight) {
        click("review-add-agreement");
        form.choose(linkLabel, link);
        form.textArea("Wat wilt u bereiken?", description);
        form.textArea("Criterium", criterion);
        form.date("Deadline", deadline);
        form.integer("Gewicht", weight);
        form.saveDialog();
        form.waitForDialogClosed();
    }

    public void addDevelopmentAgreement(String goal, String activities) {
        click("review-add-development");
        form.textArea("Ontwikkeldoel", goal);
        form.textArea("Activiteiten", activities);
        form.saveDialog();
        form.waitForDialogClosed();
    }

    /** The employee's reflection on one agreement (found by its description): status, explanation, save. */
    public void reflect(String agreement, String status, String text) {
        WebElement row = browser.wait.until(d -> d.findElements(By.cssSelector("#review-todo .review-reflection"))
                .stream().filter(r -> r.findElement(By.tagName("h4")).getText().equals(agreement)).findFirst()
                .orElse(null));
        VaadinForm inRow = form.within(".review-reflection[data-lineage='" + row.getAttribute("data-lineage") + "']");
        inRow.radio(status);
        inRow.textArea("Toelichting", text);
        inRow.button("Opslaan");
        browser.wait.until(d -> row.getText().contains("Opgeslagen"));
    }

    /** Coordinator's input in a planning or progress step: about (select item prefix), text, add. */
    public void addInput(String task, String about, String text) {
        VaadinForm step = inStep(task);
        step.choose("Waarover gaat uw inbreng?", about);
        step.textArea("Uw inbreng", text);
        click("review-input-add");
    }
}
