package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts {@link UserFacingErrorHandler} on every session, so no failed click ends in silence or a stack trace. */
@Component
class FaultHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new UserFacingErrorHandler()));
    }
}
