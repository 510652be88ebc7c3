package nl.gesprekscyclus.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page the browser shows. */
public final class Accessibility {

    private Accessibility() {
    }

    /** Serious and critical violations as "rule: help (n elements)", empty when the page passes. */
    public static List<String> seriousViolations(Browser browser) {
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
