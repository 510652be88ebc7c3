package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A screen the person's role does not allow ({@code @RolesAllowed}): the same page; the refusal is logged. */
@PermitAll
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.warn("Access refused: screen={}", event.getLocation().getPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
