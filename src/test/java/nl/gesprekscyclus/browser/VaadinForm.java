package nl.gesprekscyclus.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Fills Vaadin's web components the way a user does: fields are found by their visible label (so a test also
 * proves the label is there), text is typed into the native input, a select is opened and an item clicked.
 * Inside an open dialog only the dialog's fields count.
 */
public final class VaadinForm {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Browser browser;
    /** CSS selector of the part of the page whose fields count; null: the open dialog, else the whole page. */
    private final String scope;

    public VaadinForm(Browser browser) {
        this(browser, null);
    }

    private VaadinForm(Browser browser, String scope) {
        this.browser = browser;
        this.scope = scope;
    }

    /** The same form helper, looking only inside the (first visible) element matching {@code css}. */
    public VaadinForm within(String css) {
        return new VaadinForm(browser, css);
    }

    private static final String SCOPE = """
            const scope = arguments[2]
                ? Array.from(document.querySelectorAll(arguments[2])).find(e => e.offsetParent !== null)
                : (document.querySelector('vaadin-dialog-overlay[opened]') || document);
            if (!scope) return null;
            """;

    /** The field with this label: in the open dialog if there is one, else on the page; waits until it is there. */
    public WebElement field(String tag, String label) {
        WebElement field = browser.wait.until(d -> (WebElement) js().executeScript(SCOPE + """
                return Array.from(scope.querySelectorAll(arguments[0]))
                    .find(e => e.label === arguments[1] && e.offsetParent !== null && !e.disabled) || null;""",
                tag, label, scope));
        return usable(field);
    }

    public void type(String tag, String label, String text) {
        WebElement field = field(tag, label);
        typeIn(usable(field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"))), text);
    }

    /** Replaces the input's text as a user does: the value is sent when the field is left. */
    private static void typeIn(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    public void text(String label, String text) {
        type("vaadin-text-field", label, text);
    }

    public void textArea(String label, String text) {
        type("vaadin-text-area", label, text);
    }

    public void integer(String label, int value) {
        type("vaadin-integer-field", label, String.valueOf(value));
    }

    public void date(String label, LocalDate date) {
        type("vaadin-date-picker", label, DUTCH_DATE.format(date));
        // on a page (not in a dialog) the calendar can stay open after the tab that committed the date, over the
        // fields below it, where a user would click it away; the test closes it the same way the picker does
        js().executeScript("document.querySelectorAll('vaadin-date-picker[opened]').forEach(p => p.close());");
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-date-picker-overlay[opened]")).isEmpty());
    }

    /** Opens the select with this label and clicks the item whose text starts with {@code item}. */
    public void choose(String label, String item) {
        click(field("vaadin-select", label));
        pick(item);
    }

    /**
     * Clicks an element as a user would after scrolling it to the middle of the window: at the window's edge a
     * notification card ("opgeslagen") may lie over it.
     */
    public void click(WebElement element) {
        WebElement target = usable(element);
        // clicked inside the wait: a click refused because something still lies over the element is tried again at
        // the next poll, as a person would (the browser's wait ignores ElementClickInterceptedException)
        browser.wait.until(d -> {
            target.click();
            return true;
        });
    }

    public void scrollIntoView(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void pick(String item) {
        WebElement option = browser.wait.until(d -> (WebElement) js().executeScript("""
                return Array.from(document.querySelectorAll('vaadin-select-overlay[opened] vaadin-select-item'))
                    .find(i => i.textContent.trim().startsWith(arguments[0])) || null;""", item));
        click(option);
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty());
    }

    /** Types into the text field or area with this id (as a user does: the value is sent when the field is left). */
    public void typeInto(String id, String text) {
        typeIn(usable(By.cssSelector("#" + id + " textarea, #" + id + " input")), text);
    }

    /** Types into the combo box with this id and clicks the item whose text starts with {@code item}. */
    public void comboBox(String id, String typed, String item) {
        WebElement input = usable(By.cssSelector("#" + id + " input"));
        input.sendKeys(typed);
        WebElement option = browser.wait.until(d -> (WebElement) js().executeScript("""
                return Array.from(document.querySelectorAll('vaadin-combo-box-item'))
                    .find(i => i.offsetParent !== null && i.textContent.trim().startsWith(arguments[0])) || null;""",
                item));
        click(option);
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]")).isEmpty());
    }

    /** Opens the select with this id and clicks the item whose text starts with {@code item}. */
    public void chooseIn(String id, String item) {
        usable(By.id(id)).click();
        pick(item);
    }

    /**
     * The element as a user can use it: scrolled to the middle of the window, shown and enabled. Waiting only for its
     * presence is not enough: a field that is in the page but still below the fold, or re-rendered by the server a
     * moment later, is "not interactable" for some chromium versions (150 failed where 156 passed). Scrolls again on
     * every try, since the server may move the page while we wait.
     */
    public WebElement usable(By locator) {
        return browser.wait.until(d -> {
            List<WebElement> found = d.findElements(locator);
            if (found.size() > 1) {
                throw new IllegalStateException(found.size() + " elements match " + locator + ": ids must be unique");
            }
            if (found.isEmpty()) {
                return null;
            }
            return shownAndEnabled(found.get(0));
        });
    }

    /**
     * The element as a user can use it (see {@link #usable(By)}): every helper that types or clicks goes through
     * here, so each waits the same way, whichever chromium runs.
     */
    public WebElement usable(WebElement element) {
        return browser.wait.until(d -> shownAndEnabled(element));
    }

    private WebElement shownAndEnabled(WebElement element) {
        scrollIntoView(element);
        return element.isDisplayed() && element.isEnabled() ? element : null;
    }

    /** Clicks the radio button with this label text. */
    public void radio(String label) {
        WebElement radio = browser.wait.until(d -> (WebElement) js().executeScript(SCOPE + """
                return Array.from(scope.querySelectorAll('vaadin-radio-button'))
                    .find(r => r.textContent.trim() === arguments[0] || r.label === arguments[0]) || null;""",
                label, null, scope));
        // the button itself, as a user clicks it: its native input is transparent (Selenium counts that as not shown)
        click(radio);
    }

    /** Clicks the button with this visible text (or aria-label) inside the scope. */
    public void button(String text) {
        WebElement button = browser.wait.until(d -> (WebElement) js().executeScript(SCOPE + """
                return Array.from(scope.querySelectorAll('vaadin-button'))
                    .find(b => b.offsetParent !== null && !b.disabled && (b.textContent.trim() === arguments[0]
                        || b.getAttribute('aria-label') === arguments[0])) || null;""", text, null, scope));
        click(button);
    }

    /** The primary button of the open dialog (Opslaan, Vastleggen, ...). */
    public void saveDialog() {
        click(browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-dialog-overlay[opened] vaadin-button[theme~='primary']"))));
    }

    public void waitForDialogClosed() {
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
    }

    /** Confirms the open confirmation dialog (its confirm button sits in its light DOM, slot confirm-button). */
    public void confirm() {
        browser.wait.until(d -> (Boolean) js().executeScript(OPEN_CONFIRM + "return c !== undefined;"));
        // the dialog hands its buttons to its overlay while open
        js().executeScript("document.querySelector(\"vaadin-confirm-dialog-overlay[opened] [slot='confirm-button']\")"
                + ".click();");
        browser.wait.until(d -> (Boolean) js().executeScript(OPEN_CONFIRM + "return c === undefined;"));
    }

    /** The header and message of the open confirmation dialog: what the user is asked to confirm. */
    public String confirmationText() {
        return browser.wait.until(d -> (String) js().executeScript(OPEN_CONFIRM
                + "return c ? (c.header || '') + ' ' + (c.message || '') + ' ' + c.textContent : null;"));
    }

    private static final String OPEN_CONFIRM =
            "const c = Array.from(document.querySelectorAll('vaadin-confirm-dialog')).find(d => d.opened);";

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }
}
