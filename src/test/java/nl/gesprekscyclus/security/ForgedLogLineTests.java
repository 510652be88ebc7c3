package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.profile.ProfileService;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Text typed by someone else cannot write a line of its own into the log (log forging) or hide in the audit trail:
 * a username with CR/LF or a bidi override in the login form, a personnel number with CR/LF in a profile address,
 * a group name with CR/LF from the single sign-on provider.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class ForgedLogLineTests {

    /** What an attacker wants the log to show as a line of its own. */
    private static final String FORGED = "2026-12-05T09:00:00.000+01:00  INFO 1 --- [nio-8080-exec-1] "
            + "gesprekscyclus.security : Login succeeded: user=brink from=10.0.0.1";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProfileService profiles;

    @AfterEach
    void logout() {
        Login.logout();
    }

    private static boolean aLineStartsWithTheForgery(CapturedOutput output) {
        return Arrays.stream(output.getAll().split("\\R")).anyMatch(line -> line.startsWith(FORGED.substring(0, 30)));
    }

    @Test
    void shouldWriteAUsernameWithALineBreakOnOneLogLineAndEscapedInTheAudit(CapturedOutput output) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(post("/login").param("username", "niemand\r\n" + FORGED).param("password", "x").with(csrf()));
        mvc.perform(post("/login").param("username", "\u202Eknirb").param("password", "x").with(csrf()));

        assertThat(output.getAll()).contains("Login failed: user=niemand\\u000d\\u000a2026-12-05T09:00");
        assertThat(aLineStartsWithTheForgery(output)).as("no line of the attacker's own").isFalse();
        assertThat(audit.latest("LOGIN")).extracting(AuditEntry::actor)
                .anySatisfy(actor -> assertThat(actor).startsWith("niemand\\u000d\\u000a2026-12-05"))
                .as("a bidi override that would show knirb as brink is escaped").contains("\\u202eknirb")
                .noneMatch(actor -> actor.contains("\r") || actor.contains("\n") || actor.contains("\u202E"));
    }

    @Test
    void shouldWriteARefusedAddressWithALineBreakOnOneLogLine(CapturedOutput output) {
        Login.as(users, DemoUsers.EMPLOYEE);

        assertThatThrownBy(() -> profiles.profileOf("100001\r\n" + FORGED)).isInstanceOf(AccessDeniedException.class);

        assertThat(output.getAll()).contains("record=employee 100001\\u000d\\u000a2026-12-05T09:00");
        assertThat(aLineStartsWithTheForgery(output)).isFalse();
        assertThat(audit.latest(null)).extracting(AuditEntry::record).contains("employee 100001\\u000d\\u000a" + FORGED);
    }

    @Test
    void shouldWriteAGroupNameWithALineBreakFromTheProviderOnOneLogLine(CapturedOutput output) throws Exception {
        // the provider's group names are the provider's text: a refusal names them in the log and the audit
        new OidcLoginFailures(audit).onAuthenticationFailure(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new SsoRefusal(SsoRefusal.Reason.UNKNOWN_GROUP, "200001", "unknown groups [GG-X\r\n" + FORGED + "]"));

        assertThat(output.getAll()).contains("unknown groups [GG-X\\u000d\\u000a2026-12-05T09:00");
        assertThat(aLineStartsWithTheForgery(output)).isFalse();
        assertThat(audit.latest("LOGIN")).extracting(AuditEntry::detail)
                .anySatisfy(detail -> assertThat(detail).contains("GG-X\\u000d\\u000a2026"));
    }
}
