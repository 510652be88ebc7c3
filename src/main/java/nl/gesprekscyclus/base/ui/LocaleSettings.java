package nl.gesprekscyclus.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Dutch unless the person chose English. The browser's language is deliberately ignored: a municipal
 * application speaks Dutch by default, also on an English laptop. The choice is kept in a cookie.
 */
@Component
public class LocaleSettings implements VaadinServiceInitListener {

    static final String COOKIE = "gc-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
            // screen readers pick the pronunciation from <html lang>
            init.getUI().getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
        });
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Messages.DUTCH;
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> "en".equals(c.getValue()) ? Messages.ENGLISH : Messages.DUTCH).orElse(Messages.DUTCH);
    }

    /** Remembers the choice for this session and the next ones on this browser. */
    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
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
