package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Outside the demo profile: no demo organisation, no demo logins, and the first admin from the environment. */
@SpringBootTest
@ActiveProfiles({"test", "prod"})
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(locations = "classpath:test.properties", properties = {
        "gesprekscyclus.initial-admin.username=beheer",
        "gesprekscyclus.initial-admin.password=een-lang-wachtwoord-2026"})
@Tag("db")
class ProductionStartTests {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAccountRepository accounts;

    @Test
    void shouldStartWithoutDemoLoginsAndWithTheFirstAdminFromTheEnvironment() {
        assertThatThrownBy(() -> users.loadUserByUsername(DemoUsers.EMPLOYEE)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(accounts.count()).isEqualTo(1);
        AppUser admin = (AppUser) users.loadUserByUsername("beheer");
        assertThat(admin.roles()).containsExactly(Roles.ADMIN);
        assertThat(admin.employeeId()).isNull();
        assertThat(encoder.matches("een-lang-wachtwoord-2026", admin.getPassword())).isTrue();
    }
}
