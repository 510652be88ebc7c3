package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The check every browser test relies on finds what it should: axe (in the mode the walks run it) reports an image
 * without a text alternative, and an id used twice is reported too; a page without such faults passes, and a fault the page gets afterwards
 * without a new load (axe stays in the page between looks) is reported again. Without this, a
 * check that silently ran nothing would let every walk pass. No application needed: the page is given inline.
 */
@Tag("browser")
class AccessibilityTests {

    @Test
    void shouldReportAMissingTextAlternativeAndADuplicateIdAndPassACleanPage() {
        try (Browser browser = new Browser("", 800, 600)) {
            show(browser, "<main><h1 id='kop'>Gesprek</h1><img src='x.png'><p id='kop'>tekst</p></main>");
            assertThat(Accessibility.seriousViolations(browser))
                    .anySatisfy(v -> assertThat(v).startsWith("image-alt:"))
                    .anySatisfy(v -> assertThat(v).startsWith("duplicate-id:").contains("kop x2"));

            show(browser, "<main><h1 id='kop'>Gesprek</h1><img src='x.png' alt='Logo'><p>tekst</p></main>");
            assertThat(Accessibility.seriousViolations(browser)).isEmpty();

            // the same page changed without a load, as the single-page application changes its screen: axe, put into
            // the page at the look above and not again, judges the page as it is now
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('main').insertAdjacentHTML('beforeend', \"<img src='y.png'>\")");
            assertThat(Accessibility.seriousViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("image-alt:"));
        }
    }

    private static void show(Browser browser, String body) {
        browser.open("data:text/html;charset=utf-8," + URLEncoder.encode(
                "<!doctype html><html lang='nl'><head><title>Toets</title></head><body>" + body + "</body></html>",
                StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
