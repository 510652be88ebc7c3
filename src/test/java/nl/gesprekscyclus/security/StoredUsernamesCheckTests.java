package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A database from before the one form of usernames: an account stored as typed ("Beheerder", the first admin's
 * environment variable) is renamed at start-up and can still log in; one that cannot be renamed stops the start.
 */
@DatabaseTest
class StoredUsernamesCheckTests {

    @Autowired
    StoredUsernamesCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void removeTheOldRows() {
        jdbc.update("delete from user_account where lower(username) in ('oud.beheer', 'oud.dubbel') "
                + "or username like 'j%rgen.oud'");
    }

    private void storeAsBefore(String username) {
        jdbc.update("insert into user_account (username, password_hash, extra_roles, enabled, demo, version) "
                + "values (?, '{noop}x', '', true, false, 0)", username);
    }

    @Test
    void shouldRenameAnAccountStoredAsTypedToItsOneForm() {
        storeAsBefore("Oud.Beheer");

        check.afterSingletonsInstantiated();

        assertThat(jdbc.queryForList("select username from user_account where lower(username) = 'oud.beheer'",
                String.class)).containsExactly("oud.beheer");
        assertThat(users.loadUserByUsername("Oud.Beheer").getUsername()).isEqualTo("oud.beheer");
        assertThat(audit.latest("ACCOUNT_RENAMED")).extracting(AuditEntry::detail).contains("'Oud.Beheer' -> 'oud.beheer'");
    }

    @Test
    void shouldRefuseToStartWithAnAccountNobodyCouldLogInWith() {
        storeAsBefore("j\u00FCrgen.oud");
        storeAsBefore("Oud.Dubbel");
        storeAsBefore("oud.dubbel");

        assertThatThrownBy(check::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'j\\u00fcrgen.oud' is no username")
                .hasMessageContaining("'Oud.Dubbel' would become 'oud.dubbel', which another account already has")
                .hasMessageContaining("update user_account set username");
    }
}
