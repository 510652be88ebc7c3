package nl.gesprekscyclus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.profile.ProfileService;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import nl.gesprekscyclus.security.AppUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes and refusals leave an entry; nothing in the application can change or remove one. */
@DatabaseTest
class AuditTrailTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditEventRepository events;
    @Autowired
    OrganisationService organisation;
    @Autowired
    ProfileService profiles;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void logout() {
        Login.logout();
    }

    /**
     * Under load every pooled connection can be in use. An audited save must then finish on the one connection it
     * has: when each entry took a second connection of its own, 200 simulated users on 10 connections left every
     * connection held by a save waiting for its second, and saves failed after the pool's timeout.
     */
    @Test
    void shouldSaveAnAuditedChangeWithTheLastFreeConnectionOfThePool() throws Exception {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary e = organisation.employees("100034", PageRequest.of(0, 1)).getContent().get(0);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        long started;
        try {
            while (taken.size() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            started = System.nanoTime();
            organisation.saveEmployee(e.id(), e.version(), e.toData());
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat((System.nanoTime() - started) / 1e9).as("seconds, with no wait for a second connection")
                .isLessThan(2.0);
        assertThat(audit.latest("EMPLOYEE_CHANGED")).first()
                .satisfies(entry -> assertThat(entry.record()).isEqualTo("employee 100034"));
    }

    @Test
    void shouldRecordWhoChangedWhichEmployee() {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary e = organisation.employees("100033", PageRequest.of(0, 1)).getContent().get(0);
        organisation.saveEmployee(e.id(), e.version(), e.toData());

        assertThat(audit.latest("EMPLOYEE_CHANGED")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.ADMIN);
            assertThat(entry.record()).isEqualTo("employee 100033");
            assertThat(entry.subjectEmployeeId()).isEqualTo(e.id());
            assertThat(entry.outcome()).isEqualTo(AuditTrail.SUCCESS);
        });
    }

    @Test
    void shouldRecordARefusedAccess() {
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> profiles.profileOf("100033")).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.latest("read profile")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.EMPLOYEE);
            assertThat(entry.record()).isEqualTo("employee 100033");
            assertThat(entry.outcome()).isEqualTo(AuditTrail.REFUSED);
        });
    }

    @Test
    void shouldRecordALoginAsAboutTheAccountsOwnFile() {
        UserDetails user = users.loadUserByUsername(DemoUsers.EMPLOYEE);
        publisher.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));

        assertThat(audit.latest("LOGIN")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.EMPLOYEE);
            assertThat(entry.outcome()).isEqualTo(AuditTrail.SUCCESS);
            assertThat(entry.subjectEmployeeId()).isEqualTo(((AppUser) user).employeeId()).isNotNull();
        });
    }

    @Test
    void shouldRecordTheFunctionBookVersionStoredAtStartUp() {
        assertThat(audit.latest("FUNCTION_BOOK_VERSION_STORED"))
                .anySatisfy(entry -> assertThat(entry.record()).isEqualTo("function book ommen-hr21 version 1"));
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAnEntry() {
        audit.record("tester", "TEST", "record", null, AuditTrail.SUCCESS, null, null);
        long before = events.count();

        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                entityManager.createQuery("update AuditEvent e set e.action = 'FORGED'").executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                entityManager.createQuery("delete from AuditEvent").executeUpdate()))
                .isInstanceOf(RuntimeException.class);

        assertThat(events.count()).isEqualTo(before);
        assertThat(audit.latest("FORGED")).isEmpty();
    }
}
