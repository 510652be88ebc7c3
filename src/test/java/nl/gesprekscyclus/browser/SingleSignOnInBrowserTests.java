package nl.gesprekscyclus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.test_support.TestIdentityProvider;
import nl.gesprekscyclus.test_support.TestIdentityProvider.Client;
import nl.gesprekscyclus.test_support.TestIdentityProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on in chromium against a real OpenID Connect provider (Spring Authorization Server, started first):
 * the provider's groups and our organisation give the roles, strangers and unknown groups are refused with a Dutch
 * page and an audit entry, and logging out ends the session here and at the provider. Profile oidc with the
 * configuration of config/application.yml; only the provider's address and the client secret come from here.
 * Its own application context (closed afterwards), on H2 only: nothing here differs per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "demo", "oidc"})
@TestPropertySource(locations = "classpath:test.properties")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("browser")
class SingleSignOnInBrowserTests {

    static final String PASSWORD = "idp-wachtwoord";
    /** The application by IP, the provider by name: two hosts, so two sets of cookies (see TestIdentityProvider). */
    static final int PORT = TestIdentityProvider.freePort();
    static final String APP = "http://127.0.0.1:" + PORT;

    static TestIdentityProvider.Running provider;

    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The roles the provider's groups gave this person at their last login, as the application keeps them. */
    private java.util.List<String> rolesKeptFromGroups(String personnelNumber) {
        return jdbc.queryForList("select g.role from sso_role_grant g join employee e on e.id = g.employee_id "
                + "where e.personnel_number = ? order by g.role", String.class, personnelNumber);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = TestIdentityProvider.start(new Client("gesprekscyclus", "client-geheim", APP, "gemeente"), List.of(
                // Marloes van den Berg, adviseur P&O: HR through the provider's group
                new Person("mberg", PASSWORD, Map.of("employee_number", "100021", "groups", List.of("GG-HR"))),
                // Jong: an employee, no groups
                new Person("jong", PASSWORD, Map.of("employee_number", "100031")),
                // Visser is an employee, but in a group the configuration does not know
                new Person("visser", PASSWORD, Map.of("employee_number", "100022", "groups", List.of("GG-Onbekend"))),
                // known at the provider, not in the personnel records
                new Person("stagiair", PASSWORD, Map.of("employee_number", "999999"))));
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.client.provider.gemeente.issuer-uri", provider::issuer);
        registry.add("spring.security.oauth2.client.registration.gemeente.client-id", () -> "gesprekscyclus");
        registry.add("spring.security.oauth2.client.registration.gemeente.client-secret", () -> "client-geheim");
    }

    /** One chromium for the class; each test gets it without the cookies of the application and the provider. */
    private static Browser shared;

    private static Browser browser() {
        if (shared == null) {
            shared = new Browser(APP, 1280, 1000);
        }
        return shared.forNextTest();
    }

    @AfterAll
    static void stopProvider() {
        if (shared != null) {
            shared.close();
        }
        provider.close();
    }

    @Test
    void shouldGiveAnHrGroupMemberTheProgressScreenAndEndBothSessionsAtLogout() {
        try (Browser browser = browser()) {
            browser.open("/voortgang");
            // visible, not only present: Selenium reads the text a person sees, and a button the page has not shown yet
            // reads "" (CI, 2026-12-07, under load)
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-login")));
            assertThat(browser.driver.findElement(By.id("sso-login")).getText()).isEqualTo("Inloggen met uw organisatieaccount");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-login-form"))).as("form login stays").hasSize(1);
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the login page with single sign-on").isEmpty();
            logInThroughProvider(browser, "mberg");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Voortgang"));
            // the address asked for before the login (Spring adds ?continue to a saved request)
            assertThat(browser.driver.getCurrentUrl()).startsWith(APP + "/voortgang");
            assertThat(menu(browser)).contains("Voortgang");
            browser.screenshot("sso-01-voortgang-via-provider");
            assertThat(latestLogin("100021").outcome()).isEqualTo(AuditTrail.SUCCESS);
            // between her logins too, mail and the bell about a task for HR reach her (RoleHolders)
            assertThat(rolesKeptFromGroups("100021")).containsExactly("HR");

            new VaadinForm(browser).click(browser.driver.findElements(By.cssSelector("vaadin-button")).stream()
                    .filter(b -> b.getText().contains("Uitloggen")).findFirst().orElseThrow());
            // back from the provider's end-session endpoint on our login page
            browser.wait.until(ExpectedConditions.urlToBe(APP + "/login?logout"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-login")));

            browser.open("/voortgang");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-login")));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-app-layout"))).as("session here ended").isEmpty();
            new VaadinForm(browser).usable(By.id("sso-login")).click();
            // the provider asks for the password again: its session ended too (otherwise it would send us straight back)
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("password")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(provider.issuer());
        }
    }

    @Test
    void shouldGiveAnEmployeeWithoutGroupsOnlyTheEmployeeScreens() {
        try (Browser browser = browser()) {
            browser.open("/mijn-gesprekscyclus");
            logInThroughProvider(browser, "jong");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
            browser.wait.until(d -> !menu(browser).isEmpty());
            assertThat(menu(browser)).contains("Mijn taken", "Mijn gesprekscyclus").doesNotContain("Voortgang");
            assertThat(rolesKeptFromGroups("100031")).isEmpty();

            browser.open("/voortgang");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Geen toegang"));
        }
    }

    @Test
    void shouldRefuseAnEmployeeInAGroupWeDoNotKnow() {
        try (Browser browser = browser()) {
            String text = refusal(browser, "visser");
            assertThat(text).contains("groep die Gesprekscyclus niet kent");
            browser.screenshot("sso-02-onbekende-groep");
            AuditEntry entry = latestLogin("100022");
            assertThat(entry.outcome()).isEqualTo(AuditTrail.FAILURE);
            assertThat(entry.detail()).contains("UNKNOWN_GROUP").contains("GG-Onbekend");
            assertNotLoggedIn(browser);
        }
    }

    @Test
    void shouldRefuseSomeoneWhoIsNotInThePersonnelRecords() {
        try (Browser browser = browser()) {
            String text = refusal(browser, "stagiair");
            assertThat(text).contains("niet koppelen aan een medewerker");
            assertThat(Accessibility.seriousViolations(browser)).as("axe on the refusal page").isEmpty();
            AuditEntry entry = latestLogin("999999");
            assertThat(entry.outcome()).isEqualTo(AuditTrail.FAILURE);
            assertThat(entry.detail()).contains("UNKNOWN_USER");
            assertThat(entry.remoteAddress()).isEqualTo("127.0.0.1");
            assertThat(audit.latest("LOGIN")).as("no second, nameless failure from the password login's manager")
                    .noneMatch(e -> "ProviderNotFoundException".equals(e.detail()));
            assertNotLoggedIn(browser);
        }
    }

    /** From our login page to the provider, its login form, and back. */
    private void logInThroughProvider(Browser browser, String username) {
        // the login page carries its button before Vaadin's scripts have made it usable: wait until it is
        VaadinForm form = new VaadinForm(browser);
        form.usable(By.id("sso-login")).click();
        WebElement name = form.usable(By.name("username"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(provider.issuer());
        name.sendKeys(username);
        form.usable(By.name("password")).sendKeys(PASSWORD);
        form.usable(By.cssSelector("button[type='submit']")).click();
        browser.wait.until(ExpectedConditions.urlContains(APP));
    }

    private String refusal(Browser browser, String username) {
        browser.open("/");
        logInThroughProvider(browser, username);
        browser.wait.until(ExpectedConditions.urlContains("/sso-geen-toegang"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Geen toegang"));
        return browser.driver.findElement(By.id("sso-refusal")).getText();
    }

    private void assertNotLoggedIn(Browser browser) {
        browser.open("/mijn-gesprekscyclus");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso-login")));
        assertThat(browser.driver.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();
    }

    private static List<String> menu(Browser browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).toList();
    }

    private AuditEntry latestLogin(String actor) {
        return audit.latest("LOGIN").stream().filter(e -> actor.equals(e.actor())).findFirst()
                .orElseThrow(() -> new AssertionError("no LOGIN audit entry for " + actor));
    }
}
