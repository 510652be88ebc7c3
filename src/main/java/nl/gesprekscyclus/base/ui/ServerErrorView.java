package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen that could not be opened: instead of Vaadin's page with the exception, one plain Dutch sentence and a
 * link to try again. While the database cannot be reached it says so (503: the page will work again by itself).
 * Without the main layout on purpose: the menu and the bell read the database too.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private String title = "";

    public ServerErrorView() {
        addClassName("page");
        setId("server-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        DatabaseFaults.Kind kind = DatabaseFaults.kind(parameter.getCaughtException());
        boolean database = kind != DatabaseFaults.Kind.OTHER;
        if (database) {
            log.warn("Database {} while opening /{}: {}", kind, event.getLocation().getPath(),
                    UserFacingErrorHandler.rootMessage(parameter.getCaughtException()));
        } else {
            log.error("Could not open /{}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        title = getTranslation(kind.titleKey());
        removeAll();
        add(new H1(title), new Paragraph(getTranslation(kind.textKey())),
                new Anchor("/" + event.getLocation().getPathWithQueryParameters(), getTranslation("error.retry")));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
