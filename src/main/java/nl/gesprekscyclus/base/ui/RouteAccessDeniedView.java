package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A screen the person's role does not allow ({@code @RolesAllowed}): the same page; the refusal is logged. */
@PermitAll
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends RefusalPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final AuditTrail audit;

    public RouteAccessDeniedView(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.warn("Access refused: screen={}", event.getLocation().getPath());
        audit.record("OPEN_SCREEN", "/" + event.getLocation().getPath(), null, AuditTrail.REFUSED, null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
