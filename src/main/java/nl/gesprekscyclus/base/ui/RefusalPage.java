package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** "Geen toegang": one plain sentence, no details about what exists or why. */
abstract class RefusalPage extends Main implements HasDynamicTitle {

    RefusalPage() {
        addClassName("page");
        add(new H1(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}
