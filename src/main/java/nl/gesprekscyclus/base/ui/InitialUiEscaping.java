package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.eagerServerLoad} the page carries the screen Flow built for it as JSON inside an inline
 * {@code <script>} ({@code window.Vaadin.TypeScript= {...}}), written as is (Flow 24.9's IndexHtmlRequestHandler;
 * still so on Flow's main branch). Text people typed is in that JSON: a name or an agreement holding
 * {@code </script><script>alert(1)</script>} ended the script there and ran its own (found by MarkupInBrowserTests).
 * Every {@code <} in that script becomes {@code \u003c}: in JSON it can only stand inside a string, where the
 * escape means the same character, so the screen is unchanged and no tag can start inside the script.
 */
@Component
class InitialUiEscaping implements VaadinServiceInitListener {

    /** How Flow starts the script with the initial UI. */
    static final String MARKER = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(InitialUiEscaping::escape);
    }

    static void escape(IndexHtmlResponse response) {
        escape(response.getDocument());
    }

    static void escape(Document page) {
        for (Element script : page.select("script")) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.contains(MARKER)) {
                    data.setWholeData(text.replace("<", "\\u003c"));
                }
            }
        }
    }
}
