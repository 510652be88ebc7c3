package nl.gesprekscyclus.base.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.gesprekscyclus.base.i18n.Messages;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for errors that happen outside a screen (a refusal or a missing file answered by the servlet
 * container, a failure in a filter), in place of Spring Boot's: that one answers in English, as JSON to most
 * clients, and a direct request for {@code /error} got status 999 ("None"). Here: the status of the error, one
 * Dutch sentence and the way back, nothing about the inside. A direct request has no error to show, so it is
 * an address without a page (404). Screens have their own pages (NotFoundView, RefusalPage, ServerErrorView).
 */
@Controller
class HttpErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<String> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpServletResponse.SC_NOT_FOUND;
        String titleKey = switch (status) {
            case HttpServletResponse.SC_NOT_FOUND -> "error.notFound.title";
            case HttpServletResponse.SC_FORBIDDEN -> "error.accessDenied.title";
            default -> "error.unexpected.title";
        };
        String textKey = titleKey.replace(".title", ".text");
        // a failure outside a screen because the database is away says so, as the screens do (ServerErrorView)
        DatabaseFaults.Kind database = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                ? DatabaseFaults.kind(failure) : DatabaseFaults.Kind.OTHER;
        if (database != DatabaseFaults.Kind.OTHER) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            titleKey = database.titleKey();
            textKey = database.textKey();
        }
        Locale locale = LocaleSettings.fromCookies(request.getCookies()).orElse(Messages.DUTCH);
        String title = Messages.get(locale, titleKey);
        String html = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title></head>\n<body><main><h1>" + escape(title) + "</h1><p>"
                + escape(Messages.get(locale, textKey)) + "</p><p><a href=\""
                + escape(request.getContextPath()) + "/taken\">" + escape(Messages.get(locale, "error.notFound.home"))
                + "</a></p></main></body>\n</html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
