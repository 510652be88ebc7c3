package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import nl.gesprekscyclus.base.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when a click fails for a reason the screen did not handle itself: while the database cannot
 * be reached, "De database is even niet bereikbaar; probeer het over een minuut opnieuw"; when every connection is
 * in use, "Het is op dit moment erg druk"; anything else, a general sentence. Never the exception: that goes to the
 * log, where the functioneel beheerder can find it.
 */
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);
    private static final ErrorHandler VAADIN_DEFAULT = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        DatabaseFaults.Kind kind = DatabaseFaults.kind(failure);
        if (kind == DatabaseFaults.Kind.OTHER) {
            // Vaadin's handler logs it (and ignores what is only a browser going away)
            VAADIN_DEFAULT.error(event);
        } else {
            // expected during a database restart or a busy peak: one line, no stack trace flooding the log
            log.warn("Database {} while handling a request: {}", kind, rootMessage(failure));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ErrorNotifications.error(Messages.get(ui.getLocale(), kind.textKey()));
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
