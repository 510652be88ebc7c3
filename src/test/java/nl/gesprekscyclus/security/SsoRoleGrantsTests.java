package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * With single sign-on, HR is a group at the provider. Between logins the application must still know who is in HR,
 * or a task for HR is announced to nobody: RoleHolders reads the groups as seen at each person's last login.
 */
@DatabaseTest
class SsoRoleGrantsTests {

    static final Instant LOGIN = Instant.parse("2026-03-02T08:30:00Z");

    @Autowired
    RoleHolders roleHolders;
    @Autowired
    SsoRoleGrants grants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void forgetTheLogins() {
        // other tests share this database: someone left in HR here would receive their HR mails
        jdbc.update("delete from sso_role_grant");
    }

    private long employeeId(String username) {
        return ((AppUser) users.loadUserByUsername(username)).employeeId();
    }

    @Test
    void shouldCountSomeoneInHrThroughTheProvidersGroupUntilTheyLogInWithoutIt() {
        long sanne = employeeId(DemoUsers.EMPLOYEE);
        assertThat(roleHolders.employeeIds(Roles.HR)).as("no local HR role").doesNotContain(sanne);

        grants.recordLogin(sanne, Set.of(Roles.EMPLOYEE, Roles.HR));
        assertThat(roleHolders.employeeIds(Roles.HR)).contains(sanne)
                .as("the local HR account is still there").contains(employeeId(DemoUsers.HR));
        assertThat(roleHolders.employeeIds(Roles.ADMIN)).doesNotContain(sanne);

        grants.recordLogin(sanne, Set.of(Roles.EMPLOYEE));
        assertThat(roleHolders.employeeIds(Roles.HR)).as("taken out of the group at the provider").doesNotContain(sanne);
    }

    @Test
    void shouldForgetAGroupRoleWhenItsHolderHasNotLoggedInForTheRoleMemory() {
        long sanne = employeeId(DemoUsers.EMPLOYEE);
        new SsoRoleGrants(jdbc, at(LOGIN), Duration.ofDays(90)).recordLogin(sanne, Set.of(Roles.HR));
        assertThat(new SsoRoleGrants(jdbc, at(LOGIN.plus(Duration.ofDays(89))), Duration.ofDays(90))
                .employeeIds(Roles.HR)).containsExactly(sanne);
        assertThat(new SsoRoleGrants(jdbc, at(LOGIN.plus(Duration.ofDays(91))), Duration.ofDays(90))
                .employeeIds(Roles.HR)).isEmpty();
    }

    @Test
    void shouldNotCountSomeoneWhoLeftServiceWhateverTheirLastLoginSaid() {
        long left = employeeId(DemoUsers.INACTIVE);
        grants.recordLogin(left, Set.of(Roles.HR, Roles.ADMIN));
        assertThat(roleHolders.employeeIds(Roles.HR)).doesNotContain(left);
        assertThat(roleHolders.employeeIds(Roles.ADMIN)).doesNotContain(left);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
