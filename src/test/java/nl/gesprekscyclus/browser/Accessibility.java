package nl.gesprekscyclus.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page the browser shows. */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * Serious and critical violations as "rule: help (n elements)", empty when the page passes.
     *
     * <p>axe judges the screen as it rests. A notification card or overlay that is fading in or out is half
     * transparent, so its text fails the contrast rule for a moment (CI saw this once on the toast
     * "Ontwikkelafspraak opgeslagen"). So axe waits until nothing is opening or closing, and a violation must be
     * there again on a second look after the screen has settled once more: a toast can start to close while axe
     * runs. A real violation does not go away between two looks.
     */
    public static List<String> seriousViolations(Browser browser) {
        List<String> first = violationsWhenSettled(browser);
        return first.isEmpty() ? first : violationsWhenSettled(browser);
    }

    private static List<String> violationsWhenSettled(Browser browser) {
        browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.querySelectorAll('[opening], [closing]').length === 0"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Accessibility::describe).collect(Collectors.toList());
    }

    private static String describe(Rule r) {
        return r.getId() + ": " + r.getHelp() + " (" + r.getNodes().size() + " elements, e.g. "
                + (r.getNodes().isEmpty() ? "" : r.getNodes().get(0).getTarget()) + ")";
    }
}
