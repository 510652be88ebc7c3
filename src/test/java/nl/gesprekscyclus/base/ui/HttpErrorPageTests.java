package nl.gesprekscyclus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The page for errors outside a screen: its status and one sentence, never the inside. Through a real server:
 * ProfileInBrowserTests.shouldAnswerErrorsOutsideTheScreensWithTheirStatusAndOneDutchSentence.
 */
class HttpErrorPageTests {

    private final HttpErrorPage page = new HttpErrorPage();

    @Test
    void shouldSayTheDatabaseIsAwayWith503WhenThatIsWhatFailed() {
        MockHttpServletRequest request = errorDispatch(500,
                new IllegalStateException("wrapped", new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new ConnectException("Connection refused"))));
        ResponseEntity<String> answer = page.error(request);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody()).contains("De database is even niet bereikbaar; probeer het over een minuut opnieuw.")
                .doesNotContain("EntityManager", "Connection refused", "wrapped");
    }

    @Test
    void shouldKeepTheStatusOfOtherErrorsAndTellNothingOfTheException() {
        ResponseEntity<String> answer = page.error(errorDispatch(500, new IllegalStateException("secret detail")));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).contains("Er ging iets mis").doesNotContain("secret detail", "IllegalState");

        ResponseEntity<String> refused = page.error(errorDispatch(403, null));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("<h1>Geen toegang</h1>");
    }

    @Test
    void shouldAnswerADirectRequestAsAnAddressWithoutAPageInTheChosenLanguage() {
        MockHttpServletRequest direct = new MockHttpServletRequest("GET", "/error");
        assertThat(page.error(direct).getStatusCode().value()).isEqualTo(404);
        assertThat(page.error(direct).getBody()).contains("<html lang=\"nl\"", "Pagina niet gevonden");

        direct.setCookies(new Cookie(LocaleSettings.COOKIE, "en"));
        assertThat(page.error(direct).getBody()).contains("<html lang=\"en\"").doesNotContain("Pagina niet gevonden");
    }

    private static MockHttpServletRequest errorDispatch(int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }
}
