package nl.gesprekscyclus.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Whose generic profile may be read: own, managed, coordinated; the admin's; nobody else's. */
@DatabaseTest
class ProfileServiceTests {

    @Autowired
    ProfileService profiles;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldShowAnEmployeeTheirNormfunctieWithCompetencyLevels() {
        Login.as(users, DemoUsers.EMPLOYEE);
        EmployeeProfile p = profiles.myProfile().orElseThrow();
        assertThat(p.jobTitle().name()).isEqualTo("Beleidsadviseur");
        assertThat(p.jobTitle().scale()).isEqualTo("11");
        assertThat(p.jobProfile().name()).isEqualTo("Medewerker ontwikkeling II");
        assertThat(p.jobProfile().competencies()).extracting(ExpectedCompetency::level)
                .containsExactly("B", "B", "B", "A", "A");
        assertThat(p.coordinationModule()).isNull();
        assertThat(p.organisationWideCompetencies()).hasSize(3);
    }

    @Test
    void shouldShowACoordinatorTheCoordinationModule() {
        Login.as(users, DemoUsers.COORDINATOR);
        assertThat(profiles.myProfile().orElseThrow().coordinationModule().competencies()).hasSize(2);
    }

    @Test
    void shouldRefuseAnEmployeeAnotherEmployeesProfile() {
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> profiles.profileOf("100033")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.profileOf("100001")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseAnUnknownNumberTheSameWayAsAForbiddenOne() {
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThatThrownBy(() -> profiles.profileOf("no-such-person")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldLetTheManagerAndTheCoordinatorReadTheProfile() {
        Login.as(users, DemoUsers.MANAGER);
        assertThat(profiles.profileOf(DemoUsers.EMPLOYEE_NUMBER).employee().lastName()).isEqualTo("Jong");
        Login.as(users, DemoUsers.COORDINATOR);
        assertThat(profiles.profileOf(DemoUsers.EMPLOYEE_NUMBER).employee().lastName()).isEqualTo("Jong");
    }

    @Test
    void shouldRefuseACoordinatorColleaguesOfAnotherCluster() {
        Login.as(users, DemoUsers.COORDINATOR);
        // 100018 (Ilse Brink) is coordinated by the coordinator of Concern en Ondersteuning
        assertThatThrownBy(() -> profiles.profileOf("100018")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseHrTheProfileOfSomeoneElse() {
        Login.as(users, DemoUsers.HR);
        assertThatThrownBy(() -> profiles.profileOf(DemoUsers.EMPLOYEE_NUMBER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRefuseAnonymousCallers() {
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
