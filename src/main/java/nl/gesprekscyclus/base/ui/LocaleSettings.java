package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.security.LanguageChoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Dutch unless the person chose English. The browser's language is deliberately ignored: a municipal
 * application speaks Dutch by default, also on an English laptop. A logged-in person's choice is stored with them
 * ({@link LanguageChoices}) and wins; a cookie keeps it for the login page of this browser.
 */
@Component
public class LocaleSettings implements VaadinServiceInitListener {

    static final String COOKIE = "gc-lang";
    private static final Logger LOG = LoggerFactory.getLogger(LocaleSettings.class);

    private final LanguageChoices choices;

    LocaleSettings(LanguageChoices choices) {
        this.choices = choices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // a UI is made for every page load, so also for the first page after a login: the stored choice applies there
        event.getSource().addUIInitListener(init -> apply(init.getUI(), resolve(VaadinRequest.getCurrent())));
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // screen readers pick the pronunciation from <html lang>
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
        VaadinTexts.translateClientTexts(ui, locale);
    }

    /** The person's stored choice; without one (or before the login) this browser's cookie; else Dutch. */
    private Locale resolve(VaadinRequest request) {
        Optional<Locale> cookie = fromCookie(request);
        Optional<Locale> stored = stored();
        if (stored.isPresent() && !stored.equals(cookie)) {
            remember(stored.get());
        }
        return stored.or(() -> cookie).orElse(Messages.DUTCH);
    }

    private Optional<Locale> stored() {
        try {
            return choices.ofLoggedIn();
        } catch (DataAccessException | TransactionException e) {
            // not worth failing the page for: the screen's own reads meet the same fault and say so (DatabaseFaults).
            // A database that is down fails already when the read's transaction begins (CannotCreateTransaction-
            // Exception, no DataAccessException); with vaadin.eagerServerLoad that would fail the page request itself
            LOG.warn("stored language not readable, using the cookie: {}", e.toString());
            return Optional.empty();
        }
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        return request == null ? Optional.empty() : fromCookies(request.getCookies());
    }

    /** The language chosen on this browser, also for pages outside Vaadin (the error page). */
    static Optional<Locale> fromCookies(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "en".equals(c.getValue()) ? Messages.ENGLISH : Messages.DUTCH);
    }

    /** Remembers the logged-in person's choice: for this session, with them, and on this browser. */
    public void choose(Locale locale) {
        Locale chosen = Messages.supported(locale);
        choices.chooseForLoggedIn(chosen);
        VaadinSession.getCurrent().setLocale(chosen);
        remember(chosen);
    }

    private static void remember(Locale locale) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
