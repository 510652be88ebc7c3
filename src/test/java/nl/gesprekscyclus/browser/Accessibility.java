package nl.gesprekscyclus.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
        Map<?, ?> result = browser.times.time(part + " run", () -> run(browser));
        if (result.containsKey("missing")) {
            // a new page (a full load, not a route of the single-page application): axe is put into it once
            browser.times.time("axe inject", () -> ((JavascriptExecutor) browser.driver).executeScript(AXE_SOURCE));
            result = browser.times.time(part + " run", () -> run(browser));
            if (result.containsKey("missing")) {
                throw new IllegalStateException("axe " + AXE_VERSION + " could not be put into " + browser.driver.getCurrentUrl());
            }
        }
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe did not run on " + result.get("url") + ": " + result.get("error"));
        }
        if (((Number) result.get("passes")).intValue() == 0) {
            throw new IllegalStateException("axe checked nothing on " + result.get("url"));
        }
        return ((List<?>) result.get("violations")).stream().map(String::valueOf).collect(Collectors.toList());
    }

    /**
     * axe-core's own script, as AxeBuilder injects it. AxeBuilder sent its 550 KB to the page twice on every look (in
     * legacy mode it injects, then injects again with its frames); the application is a single-page application, so
     * the page keeps it from one look to the next until a full page load, after which it is put in again.
     */
    private static final String AXE_SOURCE = axeSource();
    /** The version axe's script names in its first line ("/*! axe v4.11.1"), as window.axe.version says it. */
    private static final String AXE_VERSION = AXE_SOURCE.substring(AXE_SOURCE.indexOf("axe v") + 5,
            AXE_SOURCE.indexOf('\n')).trim();

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the class path", e);
        }
    }

    /**
     * Runs axe in the page with the rules the walks have always asked for (WCAG 2.0 and 2.1, A and AA), the whole
     * document, in the page itself (axe.run, AxeBuilder's legacy mode; the application has no frames, and a page
     * with one is refused rather than judged in part). Only violations are listed in full (resultTypes), and only the
     * serious and critical ones come back over the driver, each as "rule: help (n elements, e.g. target)"; the
     * number of rules that passed proves axe judged something. {@code missing} when the page has no axe of this
     * version yet.
     */
    private static Map<?, ?> run(Browser browser) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (!window.axe || window.axe.version !== arguments[0]) { done({missing: true}); return; }
                if (document.querySelector('iframe, frame')) {
                    done({url: location.href, error: 'the page has a frame, which axe.run in the page does not judge'});
                    return;
                }
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']})
                    .then(r => done({url: r.url, passes: r.passes.length, violations: r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' elements, e.g. '
                            + (v.nodes.length ? '[' + v.nodes[0].target.join(', ') + ']' : '') + ')')}))
                    .catch(e => done({url: location.href, error: String(e && e.stack || e)}));""", AXE_VERSION);
    }
}
