package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.PlainHttp;
import nl.gesprekscyclus.test_support.ReviewInBrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What people see in a real browser: the Dutch login, their profile, the function book, refused screens. */
@ReviewInBrowserTest
class ProfileInBrowserTests {

    static final String PROXY = ReviewInBrowserTest.PROXY;
    static final String COLLEAGUE = "127.0.0.1";
    /** Samira Haddou: locked out by five wrong passwords; no class of this context logs her in. */
    static final String LOCKED_OUT = "haddou";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    nl.gesprekscyclus.audit.AuditTrail audit;

    /** One chromium for the class; each test gets it as a browser that has forgotten everything. */
    private static Browser shared;

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
        }
    }

    private Browser browser() {
        if (shared == null) {
            shared = new Browser("http://localhost:" + port, 1280, 1000);
        }
        return shared.forNextTest();
    }

    @Test
    void shouldShowAnEmployeeTheirNormfunctieWithResultAreasAndCompetencyLevels() {
        try (Browser browser = browser()) {
            LoginPage login = new LoginPage(browser).open();
            assertThat(login.heading()).isEqualTo("Gesprekscyclus");
            assertThat(login.usernameLabel()).isEqualTo("Gebruikersnaam");
            browser.screenshot("01-login");
            assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the login page").isEmpty();
            login.logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);

            ProfilePage profile = new ProfilePage(browser);
            assertThat(profile.heading()).isEqualTo("Mijn profiel");
            assertThat(profile.fact("job-title")).isEqualTo("Beleidsadviseur");
            assertThat(profile.fact("job-profile")).isEqualTo("Medewerker ontwikkeling II");
            assertThat(profile.resultAreas()).containsExactly("Beleidsontwikkeling", "Procesbewaking en regie",
                    "Beleidsevaluatie", "Netwerken");
            assertThat(profile.competencyLevels()).containsExactly("ondernemingszin B", "creativiteit B", "visie B",
                    "omgevingsbewustzijn A", "regisseren A");
            assertThat(profile.indicatorsOf("visie")).contains("Vertaalt interne of externe ontwikkelingen naar een beleid.");
            assertThat(profile.menu()).containsExactly("Mijn taken", "Mijn gesprekscyclus", "Mijn gegevens",
                    "Mijn vlootschouw", "Mijn profiel", "Functieboek");
            browser.screenshot("02-mijn-profiel-medewerker");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on Mijn profiel").isEmpty();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('competencies').scrollIntoView()");
            browser.screenshot("02b-mijn-profiel-competenties");
        }
    }

    @Test
    void shouldRefuseAWrongPasswordWithAMessage() {
        try (Browser browser = browser()) {
            LoginPage login = new LoginPage(browser).open();
            login.logIn(DemoUsers.EMPLOYEE, "wrong-password");
            assertThat(login.showsError()).isTrue();
            browser.screenshot("03-login-fout");
        }
    }

    @Test
    void shouldLockAUsernameAfterFiveWrongPasswordsEvenForTheRightOne() {
        try (Browser browser = browser()) {
            // a demo user nobody else logs in with in this context (the browser walks share it): the lock lasts 15
            // minutes, and the audit below must hold only this test's attempts
            for (int i = 1; i <= 5; i++) {
                LoginPage login = new LoginPage(browser).open();
                login.logIn(LOCKED_OUT, "geraden-" + i);
                assertThat(login.showsError()).as("attempt " + i).isTrue();
            }
            LoginPage login = new LoginPage(browser).open();
            login.logIn(LOCKED_OUT, DemoUsers.PASSWORD);
            assertThat(login.showsError()).as("locked for a while, also with the right password").isTrue();
            assertThat(audit.latest("LOGIN")).filteredOn(e -> e.actor().equals(LOCKED_OUT))
                    .extracting(nl.gesprekscyclus.audit.AuditEntry::outcome).hasSizeGreaterThanOrEqualTo(6)
                    .containsOnly(nl.gesprekscyclus.audit.AuditTrail.FAILURE);
            // someone else can still log in
            new LoginPage(browser).open().logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
            assertThat(new ProfilePage(browser).heading()).isEqualTo("Mijn profiel");
        }
    }

    @Test
    void shouldRefuseALoginPostedByAnotherSiteWithoutTheFormsToken() throws Exception {
        // what a foreign page's hidden form sends: the right username and password, but no token from our page
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> post = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoUsers.EMPLOYEE + "&password="
                        + DemoUsers.PASSWORD)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?verlopen"));
        HttpResponse<Void> after = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/mijn-gesprekscyclus")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(after.headers().firstValue("Location")).as("still not logged in")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldAskForTheLoginAgainWhenTheLoginPageOutlivedItsSession() {
        try (Browser browser = browser()) {
            LoginPage login = new LoginPage(browser).open();
            // the session ends while the page stays open (the server's timeout, or a restart)
            browser.forgetSession();
            login.logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/login?verlopen"));
            browser.wait.until(d -> d.findElement(By.tagName("vaadin-login-form")).getText()
                    .contains("Het inlogscherm stond te lang open"));
            browser.screenshot("03b-login-verlopen");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the expired login").isEmpty();
            new LoginPage(browser).open().logInAndWait(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
        }
    }

    @Test
    void shouldSendSecurityHeadersThatKeepThePageOutOfFramesAndForeignScripts() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void shouldRefuseAnAdminScreenAndAColleaguesAddressAndAnswerAnUnknownAddressInDutch() {
        try (Browser browser = browser()) {
            new LoginPage(browser).open().logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
            new ProfilePage(browser);
            long refusalsBefore = screenRefusals(DemoUsers.EMPLOYEE, "/beheer/medewerkers");
            browser.open("/beheer/medewerkers");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Geen toegang"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
            // the screen is built once per visit (in the page request), so the refusal is recorded once
            assertThat(screenRefusals(DemoUsers.EMPLOYEE, "/beheer/medewerkers")).isEqualTo(refusalsBefore + 1);
            browser.screenshot("04-geen-toegang-beheer");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 04-geen-toegang-beheer").isEmpty();
            browser.open("/profiel/100033");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Geen toegang"));
            assertThat(browser.driver.findElements(By.id("job-title"))).isEmpty();
            // an old bookmark: a Dutch page inside the menu, not Vaadin's list of every route
            browser.open("/gesprekken-2024/oud-adres");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"),
                    "Pagina niet gevonden"));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Available routes")
                    .doesNotContain("beheer/");
            browser.screenshot("04b-pagina-niet-gevonden");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 04b-pagina-niet-gevonden").isEmpty();
            new VaadinForm(browser).click(browser.driver.findElement(By.linkText("Naar Mijn taken")));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Mijn taken"));
        }
    }

    @Test
    void shouldKeepTheSessionIdInALaxCookieAndOutOfEveryAddress() throws Exception {
        HttpResponse<String> login = PlainHttp.to(port).get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
        // what a visitor without a session asks for first: a screen, a file of Vaadin's client, an old link
        for (String path : List.of("/taken", "/VAADIN/build/missing.js", "/VAADIN/", "/profiel/100033")) {
            HttpResponse<String> response = PlainHttp.to(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l ->
                    assertThat(l).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
        }
    }

    @Test
    void shouldEndTheSessionOnTheServerWhenSomeoneClicksUitloggen() throws Exception {
        // a desk shared by colleagues: after "Uitloggen" the session must be gone on the server, not only the
        // cookie in this browser (a load benchmark's log out once did nothing, and nobody had clicked it in a test)
        try (Browser browser = browser()) {
            new LoginPage(browser).open().logInAndWait(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
            String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpRequest withThatSession = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/taken"))
                    .header("Cookie", "JSESSIONID=" + session).GET().build();
            HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            assertThat(noRedirects.send(withThatSession, HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("logged in: the session opens Mijn taken").isEqualTo(200);

            browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-button[normalize-space(.)='Uitloggen']"))).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/login"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));

            HttpResponse<String> afterwards = noRedirects.send(withThatSession, HttpResponse.BodyHandlers.ofString());
            assertThat(afterwards.statusCode()).as("the old session after Uitloggen").isEqualTo(302);
            assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void shouldAnswerARefusedScreenWith403AndAnAddressWithoutAPageWith404() throws Exception {
        PlainHttp jong = PlainHttp.to(port).logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
        assertThat(jong.get("/taken").statusCode()).isEqualTo(200);

        long refusalsBefore = screenRefusals(DemoUsers.EMPLOYEE, "/beheer/medewerkers");
        HttpResponse<String> adminScreen = jong.get("/beheer/medewerkers");
        assertThat(adminScreen.statusCode()).isEqualTo(403);
        assertThat(adminScreen.body()).contains("Geen toegang");
        assertThat(screenRefusals(DemoUsers.EMPLOYEE, "/beheer/medewerkers")).isEqualTo(refusalsBefore + 1);
        // a colleague's profile: refused by the service, the same page and status
        HttpResponse<String> colleague = jong.get("/profiel/100033");
        assertThat(colleague.statusCode()).isEqualTo(403);
        assertThat(colleague.body()).contains("Geen toegang");

        HttpResponse<String> oldBookmark = jong.get("/gesprekken-2024/oud-adres");
        assertThat(oldBookmark.statusCode()).isEqualTo(404);
        assertThat(oldBookmark.body()).contains("Pagina niet gevonden");
    }

    @Test
    void shouldAnswerErrorsOutsideTheScreensWithTheirStatusAndOneDutchSentence() throws Exception {
        PlainHttp jong = PlainHttp.to(port).logIn(DemoUsers.EMPLOYEE, DemoUsers.PASSWORD);
        // a direct request for Spring's error path is no error: there is no page there (Spring answered status 999)
        HttpResponse<String> error = jong.get("/error");
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(error.body()).contains("<html lang=\"nl\"", "Pagina niet gevonden", "Naar Mijn taken")
                .doesNotContain("999", "Whitelabel", "None", "timestamp", "status");
        // refused by the security filter (the engine's REST API is not shipped): the error page with 403
        HttpResponse<String> engine = jong.get("/engine-rest/engine");
        assertThat(engine.statusCode()).isEqualTo(403);
        assertThat(engine.body()).contains("Geen toegang").doesNotContain("Forbidden", "engine-rest", "timestamp");
    }

    @Test
    void shouldBelieveXForwardedForOnlyFromTheConfiguredProxy() throws Exception {
        // a colleague's machine on the municipal network (a private address) claims to be 6.6.6.6
        assertThat(failedLoginFrom(COLLEAGUE, "doorgestuurd-collega")).isEqualTo(COLLEAGUE);
        // the configured proxy passes on the client's address
        assertThat(failedLoginFrom(PROXY, "doorgestuurd-proxy")).isEqualTo("6.6.6.6");

        // the scheme of redirects likewise: https only when the proxy says so
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "6.6.6.6");
        assertThat(PlainHttp.sendFrom(COLLEAGUE, port, "GET", "/taken", https, null).header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
        assertThat(PlainHttp.sendFrom(PROXY, port, "GET", "/taken", https, null).header("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    }

    /** A wrong password posted from {@code from} with X-Forwarded-For 6.6.6.6; returns the address audited. */
    private String failedLoginFrom(String from, String username) throws Exception {
        PlainHttp session = PlainHttp.to(port);
        String token = session.loginToken();
        PlainHttp.RawResponse post = PlainHttp.sendFrom(from, port, "POST", "/login", Map.of(
                "Cookie", session.sessionCookie(), "X-Forwarded-For", "6.6.6.6",
                "Content-Type", "application/x-www-form-urlencoded"),
                PlainHttp.form(Map.of("username", username, "password", "geraden", "_csrf", token)));
        assertThat(post.status()).isEqualTo(302);
        assertThat(post.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        return audit.latest("LOGIN").stream().filter(e -> e.actor().equals(username)).findFirst().orElseThrow()
                .remoteAddress();
    }

    private long screenRefusals(String actor, String screen) {
        return audit.latest("OPEN_SCREEN").stream()
                .filter(e -> e.actor().equals(actor) && screen.equals(e.record())).count();
    }

    @Test
    void shouldShowTheCoordinatorTheModuleAndTheAdminTheEmployees() {
        try (Browser browser = browser()) {
            new LoginPage(browser).open().logIn(DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
            ProfilePage profile = new ProfilePage(browser);
            assertThat(profile.hasSection("coordination-module")).isTrue();
            browser.screenshot("05-mijn-profiel-coordinator");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 05-mijn-profiel-coordinator").isEmpty();
            browser.open("/functieboek");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
            browser.screenshot("06-functieboek");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 06-functieboek").isEmpty();
        }
        try (Browser browser = browser()) {
            new LoginPage(browser).open().logIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            new ProfilePage(browser);
            browser.open("/beheer/medewerkers");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
            browser.wait.until(d -> d.getPageSource().contains("Jong"));
            browser.screenshot("07-beheer-medewerkers");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 07-beheer-medewerkers").isEmpty();
            browser.open("/beheer/import");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));
            browser.screenshot("08-beheer-import");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on 08-beheer-import").isEmpty();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private static java.util.List<String> sortButtons(Browser browser) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-sorter')).map(s => s.getAttribute('aria-label'))");
    }

    private static Object script(Browser browser, String js) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(js);
    }

    /**
     * Vaadin's own texts in the chosen language (what a screen reader says for a sort button and the password's
     * reveal button), dates the English way, and the choice still there at the next login on a browser that has
     * forgotten everything.
     */
    @Test
    void shouldSpeakTheChosenLanguageAlsoInVaadinsOwnTextsAndRememberItAtTheNextLogin() {
        try (Browser browser = browser()) {
            LoginPage login = new LoginPage(browser).open();
            browser.wait.until(d -> "Wachtwoord tonen".equals(script(browser,
                    "const b = document.querySelector('vaadin-password-field [slot=reveal]'); "
                            + "return b && b.getAttribute('aria-label')")));
            login.logInAndWait(DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
            assertThat(new ProfilePage(browser).fact("start-date")).isEqualTo("1 september 2001");
            browser.open("/functieboek");
            browser.wait.until(d -> sortButtons(browser).contains("Sorteren op Normfunctie"));
            assertThat(sortButtons(browser)).containsExactly("Sorteren op Normfunctie", "Sorteren op Functiereeks",
                    "Sorteren op Functiegroep");
            browser.screenshot("09-functieboek-nederlands");

            new VaadinForm(browser).choose("Taal", "English");
            browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
            browser.wait.until(d -> sortButtons(browser).contains("Sort by Job profile"));
            assertThat(sortButtons(browser)).containsExactly("Sort by Job profile", "Sort by Function family",
                    "Sort by Function group");
            browser.screenshot("10-function-book-english");

            // another day, a browser without cookies: the login page is Dutch, the application English again
            browser.forgetSession();
            new LoginPage(browser).open().logInAndWait(DemoUsers.COORDINATOR, DemoUsers.PASSWORD);
            browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
            ProfilePage profile = new ProfilePage(browser);
            assertThat(profile.heading()).isEqualTo("My profile");
            assertThat(profile.fact("start-date")).isEqualTo("1 September 2001");
            browser.screenshot("11-my-profile-english");
        } finally {
            jdbc.update("delete from language_choice where employee_id = (select employee_id from user_account "
                    + "where username = ?)", DemoUsers.COORDINATOR);
        }
    }
}
