package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The chosen language belongs to the person, whichever way they log in: by password or through single sign-on
 * (where no account row exists), with or without a personnel record; and their mails can read it.
 */
@DatabaseTest
class LanguageChoicesTests {

    static final String SSO_OPERATOR = "leverancier@beheer.example";

    @Autowired
    LanguageChoices choices;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forget() {
        Login.logout();
        // the database is shared with other tests, which expect Dutch
        jdbc.update("delete from language_choice where username = ? or employee_id = ?", SSO_OPERATOR, sanne().id());
    }

    private EmployeeSummary sanne() {
        return directory.employeeByPersonnelNumber(DemoUsers.EMPLOYEE_NUMBER).orElseThrow();
    }

    private static void singleSignOn(String claim, EmployeeSummary employee, Set<String> roles) {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("sub", claim, "email", claim));
        OidcAppUser user = new OidcAppUser(new OidcAccountMapping.Account(claim, employee, roles), token, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void shouldKeepTheChoiceOfAnEmployeeForBothWaysOfLoggingInAndForTheirMails() {
        singleSignOn(sanne().email(), sanne(), Set.of(Roles.EMPLOYEE));
        assertThat(choices.ofLoggedIn()).as("never chose").isEmpty();
        choices.chooseForLoggedIn(Locale.UK);

        Login.as(users, DemoUsers.EMPLOYEE);
        assertThat(choices.ofLoggedIn()).as("the same person by password").contains(Messages.ENGLISH);
        assertThat(choices.ofEmployee(sanne().id())).as("for her mails").contains(Messages.ENGLISH);
        Login.as(users, DemoUsers.MANAGER);
        assertThat(choices.ofLoggedIn()).as("someone else").isEmpty();

        Login.as(users, DemoUsers.EMPLOYEE);
        choices.chooseForLoggedIn(Locale.GERMAN);
        assertThat(choices.ofLoggedIn()).as("a language we do not speak is Dutch").contains(Messages.DUTCH);
        assertThat(jdbc.queryForObject("select count(*) from language_choice where employee_id = ?", Integer.class,
                sanne().id())).as("one choice, changed").isEqualTo(1);
    }

    @Test
    void shouldKeepTheChoiceOfAnOperatorWithoutAPersonnelRecordByLoginName() {
        singleSignOn(SSO_OPERATOR, null, Set.of(Roles.ADMIN));
        choices.chooseForLoggedIn(Messages.ENGLISH);
        assertThat(choices.ofLoggedIn()).contains(Messages.ENGLISH);

        singleSignOn("andere@beheer.example", null, Set.of(Roles.ADMIN));
        assertThat(choices.ofLoggedIn()).isEmpty();
    }
}
