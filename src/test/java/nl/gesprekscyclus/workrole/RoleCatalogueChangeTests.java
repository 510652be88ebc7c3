package nl.gesprekscyclus.workrole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.gesprekscyclus.functionbook.WorkRoleCatalogue;
import nl.gesprekscyclus.functionbook.WorkRoles;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.test_support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A catalogue that drops a role someone still fills is refused at start-up with the list of them (issue 18, "a role
 * removed while still assigned"), unless a role says it {@code replaces} it: then the running assignments move to
 * it, the days already filled stay with the old role, and each move is audited. Past assignments of a removed role
 * are history and stop nothing. Each test runs the start-up step in a transaction that is rolled back.
 */
@DatabaseTest
class RoleCatalogueChangeTests {

    @Autowired
    WorkRoles workRoles;
    @Autowired
    RoleAssignmentRepository assignments;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @TempDir
    Path dir;
    LocalDate today;

    @BeforeEach
    void aCatalogueWithoutProjectleider() throws IOException {
        today = LocalDate.now(clock);
        String ommen = Files.readString(Path.of("config/roles/ommen.yaml"));
        String without = ommen.replace("  - code: projectleider\n    name: Projectleider\n",
                "  - code: projectmanager\n    name: Projectmanager\n");
        assertThat(without).isNotEqualTo(ommen);
        Files.writeString(dir.resolve("ommen.yaml"), without);
    }

    @Test
    void shouldRefuseACatalogueThatDropsARoleSomeoneStillFillsNamingThemAndChangeNothing() {
        assertThatThrownBy(() -> inRolledBackTransaction(() -> {
            // long past: history, it stops nothing; running and still to come: refused
            assign("100004", today.minusYears(3), today.minusYears(2), RoleAssignmentStatus.ASSIGNED);
            assign("100031", today.minusMonths(2), null, RoleAssignmentStatus.ASSIGNED);
            assign("100015", today.plusMonths(1), today.plusMonths(6), RoleAssignmentStatus.PROPOSED);
            return workRoles.activate(dir);
        })).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Role catalogue " + dir + " does not have the role of 2 assignments that are "
                        + "running or still to come")
                .hasMessageContaining("100015 Ruben Smit: projectleider from " + today.plusMonths(1))
                .hasMessageContaining("100031 Sanne de Jong: projectleider from " + today.minusMonths(2))
                .hasMessageNotContaining("100004")
                .hasMessageContaining("'replaces: [old-code]'")
                .hasMessageContaining("Nothing was changed");
    }

    @Test
    void shouldMoveRunningAssignmentsToTheRoleThatReplacesItKeepingTheDaysAlreadyFilled() throws IOException {
        Files.writeString(dir.resolve("ommen.yaml"), Files.readString(dir.resolve("ommen.yaml")).replace(
                "    name: Projectmanager\n", "    name: Projectmanager\n    replaces: [projectleider]\n"));

        inRolledBackTransaction(() -> {
            long running = assign("100031", today.minusMonths(2), today.plusMonths(4), RoleAssignmentStatus.ASSIGNED);
            long later = assign("100015", today.plusMonths(1), null, RoleAssignmentStatus.PROPOSED);

            WorkRoleCatalogue catalogue = workRoles.activate(dir);

            assertThat(catalogue.role("projectmanager")).isPresent();
            RoleAssignment old = assignments.findById(running).orElseThrow();
            assertThat(old.getRoleCode()).isEqualTo("projectleider");
            assertThat(old.getTo()).isEqualTo(today.minusDays(1));
            assertThat(old.getStatus()).isEqualTo(RoleAssignmentStatus.ENDED);
            assertThat(assignments.findByEmployeeIdOrderByFromDescIdDesc(id("100031")).get(0))
                    .extracting(RoleAssignment::getRoleCode, RoleAssignment::getRoleName, RoleAssignment::getFrom,
                            RoleAssignment::getTo, RoleAssignment::getSharePercent, RoleAssignment::getStatus)
                    .containsExactly("projectmanager", "Projectmanager", today, today.plusMonths(4), 40,
                            RoleAssignmentStatus.ASSIGNED);
            assertThat(assignments.findById(later).orElseThrow().getRoleCode()).isEqualTo("projectmanager");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ROLE_ASSIGNMENT_REPLACED'"
                    + " and detail like '''projectleider'' -> ''projectmanager''%'", Integer.class)).isEqualTo(2);
            return null;
        });
    }

    private long assign(String personnelNumber, LocalDate from, LocalDate to, RoleAssignmentStatus status) {
        return assignments.save(new RoleAssignment(id(personnelNumber), "projectleider", "Projectleider", from, to, 40,
                status, "bakker", Instant.now(clock))).getId();
    }

    private long id(String personnelNumber) {
        return directory.employeeIdByPersonnelNumber(personnelNumber).orElseThrow();
    }

    /** The work in a transaction that is rolled back, on a database without the assignments other tests stored. */
    private <T> T inRolledBackTransaction(Supplier<T> work) {
        return tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.update("delete from role_assignment");
            return work.get();
        });
    }
}
