package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only user: keys go to whatever has the focus (Tab, Shift+Tab, Enter, Space, arrows, typed text), never a
 * click. After each Tab the focus must be visible: the focused element (through shadow roots) shows the browser's
 * focus-visible state with an outline or shadow, or sits in a Vaadin component that marks keyboard focus with
 * {@code focus-ring} (a grid cell or row: the grid's {@code navigating} state and the ring Lumo draws on its
 * {@code ::before}).
 */
public final class Keyboard {

    /** The element that really has the focus, through shadow roots; a short description of it for messages. */
    static final String ACTIVE = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            const describe = e => !e ? 'nothing' : e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute && e.getAttribute('aria-label') ? '[' + e.getAttribute('aria-label') + ']' : '')
                + ' "' + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').substring(0, 40) + '"';
            """;

    /** Whether the focused element shows that it has the keyboard focus. */
    static final String VISIBLE = ACTIVE + """
            if (!a || a === document.body) return false;
            const root = a.getRootNode();
            if (root.host && root.host.tagName === 'VAADIN-GRID') {
              // a grid draws the ring of its focused cell or row with a box shadow on ::before while navigating
              return root.host.hasAttribute('navigating')
                  && getComputedStyle(a, '::before').boxShadow !== 'none';
            }
            let host = a;
            while (host) {
              if (host.hasAttribute && host.hasAttribute('focus-ring')) return true;
              host = host.parentElement || (host.getRootNode() && host.getRootNode().host);
            }
            if (!a.matches(':focus-visible')) return false;
            const s = getComputedStyle(a);
            return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' || s.boxShadow !== 'none';
            """;

    private final Browser browser;
    /** Where the focus went, one line per key, for a message when a target is not reached. */
    final List<String> trail = new ArrayList<>();

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    public void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Types text into the focused field. */
    public void type(String text) {
        press(text);
    }

    /** A description of the focused element: tag, id, aria-label and the start of its text. */
    public String focused() {
        return (String) js().executeScript(ACTIVE + "return describe(a);");
    }

    /** Whether the focused element, or its host, matches this CSS selector. */
    public boolean focusIn(String css) {
        return (Boolean) js().executeScript(ACTIVE + """
                let e = a;
                while (e) {
                  if (e.matches && e.matches(arguments[0])) return true;
                  e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
                }
                return false;""", css);
    }

    public void assertFocusVisible() {
        assertThat((Boolean) js().executeScript(VISIBLE)).as("focus visible on " + focused()).isTrue();
    }

    /**
     * Presses Tab (or Shift+Tab backwards) until the focus is in an element matching {@code css}, at most
     * {@code max} times; the focus must be visible at every stop.
     */
    public void tabTo(String css, int max, boolean backwards) {
        for (int i = 0; i < max; i++) {
            press(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB.toString());
            trail.add(focused());
            if (!(Boolean) js().executeScript(ACTIVE + "return a === document.body;")) {
                assertFocusVisible();
            }
            if (focusIn(css)) {
                return;
            }
        }
        throw new AssertionError("no focus on " + css + " after " + max + " Tabs; the focus went " + trail);
    }

    public void tabTo(String css) {
        tabTo(css, 60, false);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver;
    }
}
