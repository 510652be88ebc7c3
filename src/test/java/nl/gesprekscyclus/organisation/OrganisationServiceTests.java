package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Maintaining the organisation: only the functioneel beheerder, with the same rules as the import. */
@DatabaseTest
class OrganisationServiceTests {

    @Autowired
    OrganisationService organisation;
    @Autowired
    EmployeeImportService imports;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldHaveLoadedTheDemoOrganisationOfOmmen() {
        Login.as(users, DemoUsers.ADMIN);
        assertThat(organisation.employees("", PageRequest.of(0, 100)).getTotalElements()).isGreaterThanOrEqualTo(45);
        assertThat(organisation.clusters()).extracting(ClusterSummary::code).contains("beleid-en-ontwikkeling",
                "regie-en-coordinatie", "concern-en-ondersteuning", "coordinatie");
        // one coordinator per cluster (other tests may import more coordinators into this shared database)
        assertThat(organisation.coordinators()).filteredOn(c -> c.coordinator().personnelNumber().startsWith("1000"))
                .extracting(c -> c.coordinator().personnelNumber()).containsExactlyInAnyOrder("100006", "100008", "100010");
        assertThat(organisation.coordinators()).filteredOn(c -> c.coordinator().personnelNumber().startsWith("1000"))
                .allSatisfy(c -> assertThat(c.coordinatedColleagues()).isGreaterThan(10));
    }

    @Test
    void shouldRefuseEveryoneButTheAdmin() {
        for (String user : new String[] {DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR, DemoUsers.MANAGER, DemoUsers.HR}) {
            Login.as(users, user);
            assertThatThrownBy(() -> organisation.employees("", PageRequest.of(0, 10))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.check(new byte[0])).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisation.saveCluster(null, null, "x", "X", BigDecimal.ONE, null)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void shouldShowRuleViolationsPerFieldAndSaveNothing() {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary sanne = organisation.employees(DemoUsers.EMPLOYEE_NUMBER, PageRequest.of(0, 1)).getContent().get(0);
        EmployeeData bad = new EmployeeData(sanne.personnelNumber(), "", null, sanne.lastName(), "geen-adres",
                "bestaat-niet", sanne.clusterCode(), sanne.personnelNumber(), null, false, sanne.startDate(), true);

        assertThatThrownBy(() -> organisation.saveEmployee(sanne.id(), sanne.version(), bad))
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .contains("firstName", "email", "jobTitle", "manager"));
        assertThat(organisation.employee(sanne.id())).isEqualTo(sanne);
    }

    @Test
    void shouldRefuseASaveOverSomeoneElsesChange() {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary opened = organisation.employees("100033", PageRequest.of(0, 1)).getContent().get(0);
        EmployeeData changed = new EmployeeData(opened.personnelNumber(), "Charlotte", opened.namePrefix(), opened.lastName(),
                opened.email(), opened.jobTitleCode(), opened.clusterCode(), opened.managerNumber(),
                opened.coordinatorNumber(), opened.coordinationModule(), opened.startDate(), opened.active());
        organisation.saveEmployee(opened.id(), opened.version(), changed);

        assertThatThrownBy(() -> organisation.saveEmployee(opened.id(), opened.version(), opened.toData()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisation.employee(opened.id()).firstName()).isEqualTo("Charlotte");
        EmployeeSummary now = organisation.employee(opened.id());
        organisation.saveEmployee(now.id(), now.version(), opened.toData());
    }

    @Test
    void shouldAssignAWholeClusterToACoordinator() {
        Login.as(users, DemoUsers.ADMIN);
        // regie-en-coordinatie: no other test adds people to it (beleid-en-ontwikkeling gets the test employees of
        // the matrix and input tests, which have their own coordinators)
        CoordinatorSummary gerrit = organisation.coordinators().stream()
                .filter(c -> c.coordinator().personnelNumber().equals("100006")).findFirst().orElseThrow();
        int changed = organisation.assignClusterToCoordinator(gerrit.coordinator().id(), "regie-en-coordinatie");
        assertThat(changed).isZero(); // the demo already has every member of the cluster coordinated by him
        assertThat(organisation.coordinatedBy(gerrit.coordinator().id()))
                .allSatisfy(e -> assertThat(e.coordinatorNumber()).isEqualTo("100006"));
    }
}
