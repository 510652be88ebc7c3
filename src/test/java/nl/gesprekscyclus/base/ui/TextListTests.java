package nl.gesprekscyclus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only lists of the review screen show the function book's texts as text, whatever they hold. */
class TextListTests {

    @Test
    void shouldShowEveryLineAsTextNeverAsMarkup() {
        Html list = TextList.of(List.of("Stemt af met <b>collega's</b> & ketenpartners",
                "<img src=x onerror=alert(1)>"), "indicators");

        assertThat(list.getElement().getTag()).isEqualTo("ul");
        assertThat(list.getElement().getAttribute("class")).isEqualTo("indicators");
        assertThat(list.getInnerHtml()).isEqualTo("<li>Stemt af met &lt;b&gt;collega's&lt;/b&gt; &amp; ketenpartners</li>"
                + "<li>&lt;img src=x onerror=alert(1)&gt;</li>");
    }

    @Test
    void shouldShowAnEmptyListForNoLines() {
        assertThat(TextList.of(List.of(), null).getInnerHtml()).isEmpty();
    }
}
