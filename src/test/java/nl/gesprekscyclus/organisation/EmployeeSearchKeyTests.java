package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The search key of an employee ({@code employee.search_name}, V20) follows every change of a name, and migration
 * 20.1 gives it to the rows that existed before: otherwise a renamed or an old employee could not be found.
 */
@DatabaseTest
class EmployeeSearchKeyTests {

    static final String NUMBER = "430099";

    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldKeepTheKeyWithTheNamesWhenTheyChange() {
        EmployeeSummary zoe = ensure("Zoë", "de", "Wit");
        assertThat(key()).isEqualTo("zoe de wit " + NUMBER);

        EmployeeData renamed = new EmployeeData(NUMBER, "Zoë", "van", "Dijk-Ünal", zoe.email(), zoe.jobTitleCode(),
                zoe.unitCode(), null, null, false, zoe.startDate(), true);
        Login.as(users, DemoUsers.ADMIN);
        organisation.saveEmployee(zoe.id(), zoe.version(), renamed);
        assertThat(key()).isEqualTo("zoe van dijk unal " + NUMBER);
    }

    @Test
    void shouldGiveTheRowsOfBeforeTheColumnTheirKey() throws Exception {
        ensure("Zoë", "de", "Wit");
        jdbc.update("update employee set search_name = null where personnel_number = ?", NUMBER);
        int filled;
        try (Connection connection = dataSource.getConnection()) {
            filled = new V20_1__Employee_search_names().fill(connection);
        }
        assertThat(filled).isPositive();
        assertThat(key()).startsWith("zoe ").endsWith(" " + NUMBER);
        assertThat(jdbc.queryForObject("select count(*) from employee where search_name is null", Long.class))
                .isZero();
        assertThat(flyway.info().applied()).as("Flyway found the migration in the context")
                .anyMatch(m -> m.getVersion().getVersion().equals("20.1") && m.getState().isApplied());
    }

    private EmployeeSummary ensure(String first, String prefix, String last) {
        Login.as(users, DemoUsers.ADMIN);
        try {
            EmployeeSummary existing = directory.employeeByPersonnelNumber(NUMBER).orElse(null);
            EmployeeData data = new EmployeeData(NUMBER, first, prefix, last, NUMBER + "@zoek.example.org",
                    "beleidsadviseur", "beleid-en-ontwikkeling", null, null, false, LocalDate.of(2020, 1, 1), true);
            return organisation.saveEmployee(existing == null ? null : existing.id(),
                    existing == null ? null : existing.version(), data);
        } finally {
            Login.logout();
        }
    }

    private String key() {
        return jdbc.queryForObject("select search_name from employee where personnel_number = ?", String.class,
                NUMBER);
    }
}
