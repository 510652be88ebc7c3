package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in person who opens a screen their role does not allow (the view's {@code @RolesAllowed})
 * gets the same plain "Geen toegang" page as a refused record; the refusal is logged.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    public RouteAccessDeniedView() {
        addClassName("page");
        add(new H1(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied.text")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.warn("Access refused: screen={} ", event.getLocation().getPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}
