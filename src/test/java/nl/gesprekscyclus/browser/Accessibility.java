package nl.gesprekscyclus.browser;

import com.deque.html.axecore.args.AxeRunOptions;
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
     * <p>
     * Empty without running axe in a run that does not look ({@link Browser#LOOK}: the PostgreSQL execution).
     */
    public static List<String> seriousViolations(Browser browser) {
        if (!Browser.LOOK) {
            // the PostgreSQL execution: the H2 execution judged this same screen (see Browser.LOOK)
            return List.of();
        }
        List<String> first = violationsWhenSettled(browser, "axe");
        List<String> found = first.isEmpty() ? first : violationsWhenSettled(browser, "axe second look");
        List<String> duplicates = browser.times.time("duplicate ids", () -> duplicateIds(browser));
        if (duplicates.isEmpty()) {
            return found;
        }
        List<String> all = new java.util.ArrayList<>(found);
        all.add("duplicate-id: an id must name one element of the page (" + String.join(", ", duplicates) + ")");
        return all;
    }

    /**
     * Ids used by more than one element of the page (light DOM; each component's shadow root is its own scope).
     * axe 4.11 no longer checks this under WCAG 2.1, but a label, an aria reference or a test that finds a field by id
     * then reaches the wrong one.
     */
    @SuppressWarnings("unchecked")
    static List<String> duplicateIds(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                const seen = new Map();
                document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));
                return Array.from(seen.entries()).filter(([id, n]) => id && n > 1).map(([id, n]) => id + ' x' + n);""");
    }

    private static List<String> violationsWhenSettled(Browser browser, String part) {
        browser.times.time(part + " settle", () -> browser.wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.querySelectorAll('[opening], [closing]').length === 0")));
        // only the violations are read: axe lists the other results (passes, n/a) by rule only, not by element, so
        // less comes back over the driver. Legacy mode runs axe.run() in the page itself; the default runs it per
        // frame and then opens a blank tab, injects axe there a second time and feeds it the partial results in
        // chunks. Only cross-origin frames would be missed, and the application has no frames.
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = browser.times.time(part + " analyze", () -> new AxeBuilder().withOptions(options)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).setLegacyMode(true)
                .analyze(browser.driver));
        // AxeBuilder reports a failure of axe itself as a result without violations: that must not pass as a check
        if (results.isErrored()) {
            throw new IllegalStateException("axe did not run on " + results.getUrl() + ": " + results.getErrorMessage(),
                    results.getError());
        }
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe checked nothing on " + results.getUrl());
        }
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Accessibility::describe).collect(Collectors.toList());
    }

    private static String describe(Rule r) {
        return r.getId() + ": " + r.getHelp() + " (" + r.getNodes().size() + " elements, e.g. "
                + (r.getNodes().isEmpty() ? "" : r.getNodes().get(0).getTarget()) + ")";
    }
}
