package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Roles follow from the organisation (employee, coordinator, manager) plus what is assigned (HR, ADMIN). */
@DatabaseTest
class RoleDerivationTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAccountRepository accounts;

    private AppUser load(String username) {
        return (AppUser) users.loadUserByUsername(username);
    }

    @Test
    void shouldGiveEachDemoLoginTheRolesOfItsPlaceInTheOrganisation() {
        assertThat(load(DemoUsers.EMPLOYEE).roles()).containsExactly(Roles.EMPLOYEE);
        assertThat(load(DemoUsers.COORDINATOR).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.COORDINATOR);
        assertThat(load(DemoUsers.MANAGER).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.MANAGER);
        assertThat(load(DemoUsers.HR).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.HR);
        assertThat(load(DemoUsers.ADMIN).roles()).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.ADMIN);
    }

    @Test
    void shouldNotLetSomeoneWhoLeftServiceLogIn() {
        assertThat(load(DemoUsers.INACTIVE).isEnabled()).isFalse();
        assertThat(load(DemoUsers.INACTIVE).roles()).isEmpty();
    }

    @Test
    void shouldStoreDemoPasswordsHashed() {
        AppUser user = load(DemoUsers.EMPLOYEE);
        assertThat(user.getPassword()).startsWith("{bcrypt}").doesNotContain(DemoUsers.PASSWORD);
        assertThat(encoder.matches(DemoUsers.PASSWORD, user.getPassword())).isTrue();
        assertThat(accounts.countByDemoTrue()).as("marked, so production refuses this database").isEqualTo(45);
    }

    @Test
    void shouldTreatUsernamesCaseInsensitively() {
        assertThat(load("JONG").employeeId()).isEqualTo(load(DemoUsers.EMPLOYEE).employeeId());
    }
}
