package nl.gesprekscyclus.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the demo round is played (the clocks in the past), the demo answers nobody but with the waiting page. */
class DemoPreparationFilterTests {

    @Test
    void shouldAnswerEveryRequestWithTheWaitingPageUntilTheDemoIsReady() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        DemoPreparationFilter filter = new DemoPreparationFilter(ready::get);

        for (String path : new String[] {"/login", "/", "/voortgang", "/VAADIN/build/app.js"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(new MockHttpServletRequest("POST", path), response, chain);

            assertThat(chain.getRequest()).as(path).isNull(); // neither the login nor a screen saw it
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("10");
            assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("De demo wordt voorbereid…");
            assertThat(response.getCookies()).isEmpty();
        }

        ready.set(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
