package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The password login through the real form-login filter (CSRF token, AuthenticationManager, the lock, the audit),
 * with usernames spelled the way the database's upper() or Unicode compatibility folds them: dotless ı, long s,
 * the Kelvin sign, full-width letters, capitals. Every spelling that reaches an account counts towards that
 * account's lock and is locked out with it; a name that is no username (ı) reaches no account at all. Each test
 * uses its own demo account: a lock lasts 15 minutes in this shared context (huisman, brink, koster/kuipers).
 */
@DatabaseTest
class LoginSpellingTests {

    private static final String WRONG = "geraden-";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditTrail audit;

    private MockMvc mvc;

    @BeforeEach
    void formLogin() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Posts the login form as vaadin-login-form does; true when the login succeeded. */
    private boolean logIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        assertThat(target).as("a redirect after the login post of " + username).isNotNull();
        return !target.contains("/login");
    }

    private List<AuditEntry> loginFailuresOf(String actor) {
        return audit.latest("LOGIN").stream().filter(e -> e.actor().equals(actor))
                .filter(e -> AuditTrail.FAILURE.equals(e.outcome())).toList();
    }

    @Test
    void shouldLockAnEmployeeAccountWhateverSpellingTheWrongPasswordsCameIn() throws Exception {
        // given five wrong passwords, each under another spelling that reaches huisman
        List<String> spellings = List.of("HUISMAN", "hui\u017Fman", "\uFF48\uFF55\uFF49\uFF53\uFF4D\uFF41\uFF4E",
                " Huisman ", "huisman");
        for (int i = 0; i < spellings.size(); i++) {
            assertThat(logIn(spellings.get(i), WRONG + i)).isFalse();
        }

        // then the right password is refused under every spelling, the plain one too
        for (String spelling : List.of("huisman", "HUISMAN", "hui\u017Fman", "hu\u0131sman", "HU\u0131SMAN",
                "hu\u0131\u017Fman", "\uFF48\uFF55\uFF49\uFF53\uFF4D\uFF41\uFF4E", "\uFF28\uFF35\uFF29\uFF33\uFF2D\uFF21\uFF2E")) {
            assertThat(logIn(spelling, DemoUsers.PASSWORD)).as("locked, also as " + spelling).isFalse();
        }
        assertThat(loginFailuresOf("huisman")).as("counted and audited under the account's own name")
                .hasSizeGreaterThanOrEqualTo(spellings.size() + 5);
    }

    @Test
    void shouldLockAnAdminAccountWhateverSpellingTheWrongPasswordsCameIn() throws Exception {
        // brink is the functioneel beheerder (ADMIN); U+212A is the Kelvin sign, U+FF22.. full-width capitals
        List<String> spellings = List.of("brin\u212A", "BRIN\u212A", "\uFF42\uFF52\uFF49\uFF4E\uFF4B", "Brink",
                "\uFF22\uFF32\uFF29\uFF2E\uFF2B");
        for (int i = 0; i < spellings.size(); i++) {
            assertThat(logIn(spellings.get(i), WRONG + i)).isFalse();
        }

        for (String spelling : List.of(DemoUsers.ADMIN, "BRINK", "brin\u212A", "br\u0131nk", "br\u0131n\u212A",
                "\uFF42\uFF52\uFF49\uFF4E\uFF4B")) {
            assertThat(logIn(spelling, DemoUsers.PASSWORD)).as("locked, also as " + spelling).isFalse();
        }
    }

    @Test
    void shouldLetEverySpellingOfAUsernameInAsTheAccountAndNoNameOutsideTheAlphabet() throws Exception {
        for (String spelling : List.of("KOSTER", "\u212Aoster", "\uFF4B\uFF4F\uFF53\uFF54\uFF45\uFF52", "ko\u017Fter")) {
            assertThat(logIn(spelling, DemoUsers.PASSWORD)).as(spelling).isTrue();
        }
        assertThat(audit.latest("LOGIN")).filteredOn(e -> AuditTrail.SUCCESS.equals(e.outcome()))
                .extracting(AuditEntry::actor).as("audited under the account's own name").contains("koster")
                .noneMatch(actor -> actor.equalsIgnoreCase("koster") && !actor.equals("koster"));

        // a dotless ı (which the database's upper() made an I) or a zero-width space is no username: refused as
        // unknown with the right password, and the audit shows the name escaped, not as if it were kuipers
        assertThat(logIn("ku\u0131pers", DemoUsers.PASSWORD)).isFalse();
        assertThat(logIn("kuipers\u200B", DemoUsers.PASSWORD)).isFalse();
        assertThat(loginFailuresOf("ku\\u0131pers")).hasSize(1);
        assertThat(loginFailuresOf("kuipers\\u200b")).hasSize(1);
        assertThat(loginFailuresOf("kuipers")).isEmpty();
        assertThat(logIn("kuipers", DemoUsers.PASSWORD)).as("the account itself is not locked by them").isTrue();
    }
}
