package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.test_support.MiddelstadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo municipality Middelstad as {@code --spring.profiles.active=demo-middelstad} starts it: generated,
 * imported through the employee import with all its rules (a bad row would stop this context), with a login for
 * everyone and Middelstad's own assessment policy. The line of the README's walk is resolved as a round start
 * resolves it. The Middelstad context, shared with the browser walk ({@link MiddelstadTest}): about 20 s more on
 * each database.
 */
@MiddelstadTest
class MiddelstadDemoTests {

    @Autowired
    OrganisationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CycleSettings cycle;
    @Autowired
    AssessmentLines lines;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext context;
    @Value("${gesprekscyclus.demo.round.awaiting-assessment}")
    String walkEmployee;

    @Test
    void shouldStartMiddelstadWithFourAfdelingenAndTeamsEachManaged() {
        List<UnitSummary> units = directory.units();
        List<UnitSummary> afdelingen = units.stream().filter(u -> u.kind().equals("afdeling")).toList();
        List<UnitSummary> teams = units.stream().filter(u -> u.kind().equals("team")).toList();

        assertThat(units.get(0).name()).isEqualTo("Gemeente Middelstad");
        assertThat(afdelingen).hasSize(4).allSatisfy(a -> assertThat(a.parentCode()).isEqualTo("gemeente"));
        assertThat(teams).hasSizeBetween(25, 35).allSatisfy(t -> {
            assertThat(afdelingen).extracting(UnitSummary::code).contains(t.parentCode());
            assertThat(t.managerNumber()).isNotNull();
            assertThat(t.ownMembers()).isGreaterThan(5);
        });
        // the function book's seeded clusters are all taken over: none is left empty and unmanaged
        assertThat(units).hasSize(1 + afdelingen.size() + teams.size())
                .allSatisfy(u -> assertThat(u.managerNumber()).isNotNull());
    }

    @Test
    void shouldGiveEveryoneAManagerLineUpToTheGemeentesecretarisAndALogin() {
        Map<Long, EmployeeSummary> everyone = everyone();
        EmployeeSummary secretary = byLogin("zanden");

        assertThat(everyone).hasSizeBetween(570, 630);
        assertThat(secretary.managerId()).isNull();
        for (EmployeeSummary e : everyone.values()) {
            EmployeeSummary at = e;
            int steps = 0;
            while (at.managerId() != null && steps < 4) {
                at = everyone.get(at.managerId());
                steps++;
            }
            // a team member reaches her in three steps (teamleider, afdelingshoofd, gemeentesecretaris)
            assertThat(at.id()).as(e.fullName()).isEqualTo(secretary.id());
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account where demo = true", Integer.class))
                .isEqualTo(everyone.size());
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'vink'",
                String.class);
        assertThat(encoder.matches("Welkom-2026", hash)).isTrue();
        assertThat(jdbc.queryForObject("select extra_roles from user_account where username = 'aydin'", String.class))
                .contains("HR");
        assertThat(jdbc.queryForObject("select extra_roles from user_account where username = 'cate'", String.class))
                .contains("ADMIN");
    }

    @Test
    void shouldGiveTheWalkEmployeeTeamleiderAfdelingshoofdAndGemeentesecretarisUnderMiddelstadsPolicy() {
        EmployeeSummary vink = byLogin("vink");
        AssessmentPolicy policy = cycle.assessmentPolicy();

        assertThat(policy.secondAssessorRule()).isEqualTo(AssessmentPolicy.SecondAssessor.NEXT_LEVEL);
        assertThat(policy.signOffRule()).isEqualTo(AssessmentPolicy.SignOff.GEMEENTESECRETARIS);
        AssessmentLines.Resolution line = lines.resolve(policy, AssessmentLines.Subject.of(vink));
        assertThat(line.refusal()).isNull();
        assertThat(line.managerNumber()).isEqualTo(byLogin("terpstra").personnelNumber());
        assertThat(line.secondAssessorNumber()).isEqualTo(byLogin("abrahams").personnelNumber());
        assertThat(line.signOffByNumber()).isEqualTo(byLogin("zanden").personnelNumber());
        // her coordinator gives input, and the demo round leaves her review where the teamleider assesses next
        assertThat(vink.coordinatorNumber()).isEqualTo(byLogin("ruiter").personnelNumber());
        assertThat(walkEmployee).isEqualTo(vink.personnelNumber());
        // the substitute of the walk: the teamleider who stands in for her team
        assertThat(directory.units()).filteredOn(u -> u.code().equals(vink.unitCode())).singleElement()
                .extracting(UnitSummary::deputyNumber).isEqualTo(byLogin("benali").personnelNumber());
    }

    @Test
    void shouldBeADemoSoTheProductionSafetyCheckStaysOff() {
        // the check refuses a database with demo logins outside the demo profile: Middelstad is one
        assertThat(context.getEnvironment().getActiveProfiles()).contains("demo-middelstad");
        assertThat(context.getEnvironment().matchesProfiles("demo")).isTrue();
        assertThat(context.containsBean("productionSafetyCheck")).isFalse();
    }

    private Map<Long, EmployeeSummary> everyone() {
        List<Long> ids = jdbc.queryForList("select id from employee", Long.class);
        return directory.employees(ids).stream().collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));
    }

    private EmployeeSummary byLogin(String username) {
        Long id = jdbc.queryForObject("select employee_id from user_account where username = ?", Long.class, username);
        return directory.employee(id).orElseThrow();
    }
}
