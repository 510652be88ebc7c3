package nl.gesprekscyclus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Camunda 7.24 CE gets no more security fixes: no /engine-rest at all; Cockpit off by default; when an
 * operator switches it on, only ADMIN reaches it through our login, and the Admin setup endpoint (which
 * creates an admin without authentication in affected versions) is refused to everyone.
 */
@Tag("browser")
class CamundaWebSurfaceTests {

    static final String SETUP = "/camunda/api/admin/setup/default/user/create";
    static final String COCKPIT = "/camunda/app/cockpit/default/";

    static HttpResponse<String> get(int port, String path, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postSetup(int port, String session) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + SETUP))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-123456\"}}"));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through our own login page in a real browser and returns the session cookie. */
    static String sessionOf(int port, String username) {
        try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
            new LoginPage(browser).open().logIn(username, DemoUsers.PASSWORD);
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
            Cookie cookie = browser.driver.manage().getCookieNamed("JSESSIONID");
            return cookie.getValue();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles({"test", "demo"})
    @TestPropertySource(locations = "classpath:test.properties", properties = "camunda.bpm.webapp.enabled=true")
    class WhenAnOperatorSwitchesCockpitOn {

        @LocalServerPort
        int port;
        @Autowired
        IdentityService identity;
        @Autowired
        org.camunda.bpm.engine.ProcessEngine engine;

        @Test
        void shouldSendAnonymousVisitorsToOurLogin() throws Exception {
            HttpResponse<String> response = get(port, COCKPIT, null);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }

        @Test
        void shouldLetOnlyTheAdminIntoCockpit() throws Exception {
            String admin = sessionOf(port, DemoUsers.ADMIN);
            // tests give every engine a unique name; in the app it is "default"
            HttpResponse<String> cockpit = get(port, "/camunda/app/cockpit/" + engine.getName() + "/", admin);
            assertThat(cockpit.statusCode()).isEqualTo(200);
            assertThat(cockpit.body()).containsIgnoringCase("cockpit");

            for (String user : new String[] {DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.HR}) {
                assertThat(get(port, COCKPIT, sessionOf(port, user)).statusCode()).as(user).isEqualTo(403);
            }
        }

        @Test
        void shouldRefuseTheSetupEndpointToEveryoneAndCreateNoUser() throws Exception {
            assertThat(postSetup(port, null).statusCode()).isIn(302, 401, 403);
            assertThat(postSetup(port, sessionOf(port, DemoUsers.ADMIN)).statusCode()).isEqualTo(403);
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        }

        @Test
        void shouldServeNoEngineRestApi() throws Exception {
            HttpResponse<String> response = get(port, "/engine-rest/engine", sessionOf(port, DemoUsers.ADMIN));
            assertThat(response.statusCode()).isIn(403, 404);
            assertThat(response.body()).doesNotContain("\"name\":\"default\"");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles({"test", "demo"})
    @TestPropertySource(locations = "classpath:test.properties")
    class ByDefault {

        @LocalServerPort
        int port;

        @Test
        void shouldNotServeCockpitOrTheRestApiEvenToTheAdmin() throws Exception {
            String admin = sessionOf(port, DemoUsers.ADMIN);
            assertThat(get(port, COCKPIT, admin).statusCode()).isIn(403, 404);
            assertThat(get(port, "/engine-rest/engine", admin).statusCode()).isIn(403, 404);
            assertThat(postSetup(port, admin).statusCode()).isIn(403, 404);
        }
    }
}
