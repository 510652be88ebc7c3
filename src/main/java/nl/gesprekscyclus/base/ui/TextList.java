package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.Html;
import java.util.Collection;
import org.springframework.web.util.HtmlUtils;

/**
 * A read-only bulleted list of texts as one element for Vaadin instead of a component per line (issue 21, item 2):
 * the review screen shows the normfunctie's tasks and each competency's indicators, dozens of lines that nobody
 * clicks, and each {@code ListItem} with its text was two nodes Vaadin builds, tracks and sends. The browser gets the
 * same {@code <ul><li>} markup. Every text is escaped: the function book's texts are data, never markup.
 */
public final class TextList {

    private TextList() {
    }

    /** {@code <ul class="…"><li>text</li>…</ul>}; an empty list is an empty {@code <ul>}. */
    public static Html of(Collection<String> items, String cssClass) {
        StringBuilder html = new StringBuilder("<ul");
        if (cssClass != null) {
            html.append(" class=\"").append(HtmlUtils.htmlEscape(cssClass)).append('"');
        }
        html.append('>');
        for (String item : items) {
            html.append("<li>").append(HtmlUtils.htmlEscape(item)).append("</li>");
        }
        return new Html(html.append("</ul>").toString());
    }
}
