package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address that is no screen (a typo, an old bookmark, a link from a mail of last year): one Dutch sentence and
 * the way back, inside the menu. Replaces Vaadin's page, which in development mode lists every route.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    public NotFoundView() {
        addClassName("page");
        setId("not-found");
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("taken", getTranslation("error.notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("No screen at /{}", event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
