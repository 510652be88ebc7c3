package nl.gesprekscyclus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The screen Flow writes into the page (eagerServerLoad) as JSON in a script: text people typed cannot end that
 * script, and the JSON still says the same. The same in a real browser: MarkupInBrowserTests.
 */
class InitialUiEscapingTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TYPED = "Łucja </script><script>alert(2)</script> <!-- \\< \\u003c";

    @Test
    void shouldKeepTypedMarkupInsideTheInitialUiScriptAndTheJsonUnchanged() throws Exception {
        ObjectNode initial = JSON.createObjectNode();
        initial.putObject("initial").put("text", TYPED);
        Document page = pageWithInitialUi(initial.toString());
        assertThat(page.html()).as("unescaped, the typed text ends the script (what Flow writes)")
                .contains("</script><script>alert(2)</script>");

        InitialUiEscaping.escape(page);

        String html = page.html();
        assertThat(html).doesNotContain("</script><script>alert(2)").doesNotContain("<!--");
        // read back as the browser does: one script, and the JSON in it is the JSON that was written
        Document parsed = Jsoup.parse(html);
        assertThat(parsed.select("script")).hasSize(2);
        String script = parsed.select("script").get(0).data();
        String json = script.substring(script.indexOf(InitialUiEscaping.MARKER) + InitialUiEscaping.MARKER.length(),
                script.lastIndexOf(';'));
        assertThat(JSON.readTree(json)).isEqualTo(initial);
        assertThat(JSON.readTree(json).path("initial").path("text").asText()).isEqualTo(TYPED);
    }

    @Test
    void shouldLeaveFlowsOtherScriptsAlone() {
        Document page = pageWithInitialUi("{}");
        String other = page.select("script").get(1).data();
        InitialUiEscaping.escape(page);
        assertThat(page.select("script").get(1).data()).isEqualTo(other);
    }

    private static Document pageWithInitialUi(String json) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        // as Flow's IndexHtmlRequestHandler.addInitialFlow builds it
        Element initial = new Element("script").attr("initial", "");
        initial.appendChild(new DataNode("window.Vaadin = window.Vaadin || {};" + InitialUiEscaping.MARKER + " "
                + json + ";"));
        Element other = new Element("script");
        other.appendChild(new DataNode("if (a < b) { window.x = '<b>'; }"));
        page.head().appendChild(initial).appendChild(other);
        return page;
    }
}
