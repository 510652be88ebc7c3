package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The review screen as a phone shows it (390 × 844, the width of a common phone): the same page, narrowed. What a
 * person there must find is checked on every tab: the tabs are shown, "Nu doen" is chosen first, each part starts
 * right under the tabs (not thousands of pixels down), and nothing is wider than the screen, so nothing is cut off
 * on the right. Every tab gets a screenshot and axe's verdict through {@code look}. The window is wide again
 * afterwards, with what was typed on the page still there (only the layout changed).
 */
final class PhoneLayout {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    private final Browser browser;
    private final JavascriptExecutor js;

    PhoneLayout(Browser browser) {
        this.browser = browser;
        this.js = (JavascriptExecutor) browser.driver;
    }

    /**
     * Narrows the window, walks the tabs, restores the window.
     *
     * @param look takes a screenshot under the given name suffix and runs axe
     * @return the tabs' labels in their order
     */
    List<String> walk(String name, Consumer<String> look) {
        org.openqa.selenium.Dimension wide = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        try {
            browser.wait.until(d -> !"none".equals(js.executeScript(
                    "return getComputedStyle(document.getElementById('review-phone-tabs')).display;")));
            assertThat(js.executeScript("const nav = document.getElementById('review-page-nav');"
                    + " return nav === null || getComputedStyle(nav).display === 'none';"))
                    .as("the tabs replace 'Op deze pagina'").isEqualTo(true);
            List<WebElement> tabs = browser.driver.findElements(By.cssSelector("#review-phone-tabs vaadin-tab"));
            List<String> labels = new ArrayList<>();
            tabs.forEach(t -> labels.add(t.getText().strip()));
            assertThat(labels.get(0)).isIn("Nu doen", "To do");
            for (WebElement tab : browser.driver.findElements(By.cssSelector("#review-phone-tabs vaadin-tab"))) {
                String id = tab.getAttribute("id");
                String part = id.substring("review-tab-".length());
                if (!"true".equals(tab.getDomAttribute("selected"))) {
                    new VaadinForm(browser).click(tab);
                }
                browser.wait.until(d -> (Boolean) js.executeScript(
                        "return document.querySelector('.review-page').classList.contains(arguments[0]);",
                        "review-tab-" + part));
                // the page scrolls inside the app's layout, under its top bar: back to the top of the review
                js.executeScript("document.querySelector('.review-page').scrollIntoView();");
                long gap = gapBelowTabs();
                List<String> wider = widerThanScreen();
                look.accept(name + "-telefoon-" + part);
                assertThat(gap).as("on the tab '%s' of %s, the part starts right under the tabs", part, name)
                        .isBetween(0L, 120L);
                assertThat(wider).as("on the tab '%s' of %s, nothing wider than the phone", part, name).isEmpty();
            }
            new VaadinForm(browser).click(tabs.get(0));
            return labels;
        } finally {
            browser.driver.manage().window().setSize(wide);
        }
    }

    /** Pixels between the bottom of the tabs and the top of the first part shown below them. */
    private long gapBelowTabs() {
        return ((Number) js.executeScript("""
                const tabs = document.getElementById('review-phone-tabs').getBoundingClientRect();
                const shown = Array.from(document.querySelectorAll('.review-page .review-part'))
                    .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height > 0)
                    .map(e => e.getBoundingClientRect().top);
                return Math.round(Math.min(...shown) - tabs.bottom);""")).longValue();
    }

    /**
     * Elements of the page whose right edge lies beyond the screen (a rounding pixel allowed), as "tag#id.class";
     * parts hidden behind another tab do not count, nor what lies inside a part that scrolls by itself (the tab bar).
     */
    @SuppressWarnings("unchecked")
    private List<String> widerThanScreen() {
        return (List<String>) js.executeScript("""
                const width = document.documentElement.clientWidth;
                const out = [];
                if (document.documentElement.scrollWidth > width + 1) {
                  out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
                }
                // the app's layout scrolls the page under its top bar; a second scroll bar around it narrows the page
                if (document.documentElement.scrollHeight > document.documentElement.clientHeight + 1) {
                  out.push('a second scroll bar: ' + document.documentElement.scrollHeight + ' > '
                      + document.documentElement.clientHeight);
                }
                // text for screen readers only (a field's accessible name) is clipped on purpose: not cut off
                const forScreenReaders = e => {
                  for (let n = e; n && n.nodeType === 1; n = n.assignedSlot || n.parentElement || n.getRootNode().host) {
                    const style = getComputedStyle(n);
                    if (style.clip !== 'auto' || style.clipPath !== 'none' || n.getAttribute('slot') === 'sr-label') {
                      return true;
                    }
                  }
                  return false;
                };
                document.querySelectorAll('.review-page *').forEach(e => {
                  if (e.offsetParent === null || e.closest('vaadin-tabs') || forScreenReaders(e)) return;
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 1) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
                        + ' right=' + Math.round(r.right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
                  }
                });
                return out.slice(0, 15);""");
    }
}
