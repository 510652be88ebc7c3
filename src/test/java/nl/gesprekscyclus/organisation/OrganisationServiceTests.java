package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.ConcurrentChangeException;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Maintaining the organisation: only the functioneel beheerder, with the same rules as the import. The unit tests
 * (issue 16) build their own units below the demo's top unit, with people numbered 16xxxx: tests share one database.
 */
@DatabaseTest
class OrganisationServiceTests {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    OrganisationService organisation;
    @Autowired
    EmployeeImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldHaveLoadedTheDemoOrganisationOfOmmen() {
        Login.as(users, DemoUsers.ADMIN);
        assertThat(organisation.employees("", PageRequest.of(0, 100)).getTotalElements()).isGreaterThanOrEqualTo(45);
        assertThat(organisation.units()).extracting(UnitSummary::code).contains("gemeente", "beleid-en-ontwikkeling",
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
            assertThatThrownBy(() -> organisation.saveUnit(null, null, new UnitData("x", "X", "team", "gemeente",
                    "100001", null, BigDecimal.ONE, null))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisation.units()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisation.deleteUnit(1L, 0L)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.check(new byte[0], null)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void shouldShowRuleViolationsPerFieldAndSaveNothing() {
        Login.as(users, DemoUsers.ADMIN);
        EmployeeSummary sanne = organisation.employees(DemoUsers.EMPLOYEE_NUMBER, PageRequest.of(0, 1)).getContent().get(0);
        EmployeeData bad = new EmployeeData(sanne.personnelNumber(), "", null, sanne.lastName(), "geen-adres",
                "bestaat-niet", sanne.unitCode(), sanne.personnelNumber(), null, false, sanne.startDate(), true);

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
                opened.email(), opened.jobTitleCode(), opened.unitCode(), opened.toData().managerNumber(),
                opened.coordinatorNumber(), opened.coordinationModule(), opened.startDate(), opened.active());
        organisation.saveEmployee(opened.id(), opened.version(), changed);

        assertThatThrownBy(() -> organisation.saveEmployee(opened.id(), opened.version(), opened.toData()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(organisation.employee(opened.id()).firstName()).isEqualTo("Charlotte");
        EmployeeSummary now = organisation.employee(opened.id());
        organisation.saveEmployee(now.id(), now.version(), opened.toData());
    }

    @Test
    void shouldAssignAWholeUnitToACoordinator() {
        Login.as(users, DemoUsers.ADMIN);
        // regie-en-coordinatie: no other test adds people to it (beleid-en-ontwikkeling gets the test employees of
        // the matrix and input tests, which have their own coordinators)
        CoordinatorSummary gerrit = organisation.coordinators().stream()
                .filter(c -> c.coordinator().personnelNumber().equals("100006")).findFirst().orElseThrow();
        int changed = organisation.assignUnitToCoordinator(gerrit.coordinator().id(), "regie-en-coordinatie");
        assertThat(changed).isZero(); // the demo already has every member of the cluster coordinated by him
        assertThat(organisation.coordinatedBy(gerrit.coordinator().id()))
                .allSatisfy(e -> assertThat(e.coordinatorNumber()).isEqualTo("100006"));
    }

    @Test
    void shouldShowOmmenAsAGemeenteWithItsClustersAllManagedByTheSecretaris() {
        Login.as(users, DemoUsers.ADMIN);
        List<UnitSummary> units = organisation.units();
        UnitSummary top = units.get(0);
        assertThat(top.code()).isEqualTo("gemeente");
        assertThat(top.name()).isEqualTo("Gemeente Ommen");
        assertThat(top.kind()).isEqualTo("gemeente");
        assertThat(top.parentCode()).isNull();
        assertThat(units).filteredOn(u -> Set.of("beleid-en-ontwikkeling", "regie-en-coordinatie",
                "concern-en-ondersteuning", "coordinatie").contains(u.code())).hasSize(4)
                .allSatisfy(u -> {
                    assertThat(u.parentCode()).isEqualTo("gemeente");
                    assertThat(u.kind()).isEqualTo("cluster");
                    assertThat(u.managerNumber()).isEqualTo("100001");
                });
        assertThat(top.managerNumber()).isEqualTo("100001");
        // behaviour unchanged: Bakker manages everyone else of the demo and has no manager herself
        for (EmployeeSummary e : organisation.employees("1000", PageRequest.of(0, 100))) {
            if (e.personnelNumber().matches("1000[0-4][0-9]")) {
                assertThat(e.managerNumber()).as(e.personnelNumber())
                        .isEqualTo(e.personnelNumber().equals("100001") ? null : "100001");
                assertThat(e.managerOverride()).as(e.personnelNumber()).isFalse();
            }
        }
    }

    @Test
    void shouldRefuseEachBadUnitWithADutchMessageNextToItsFieldAndSaveNothing() {
        Login.as(users, DemoUsers.ADMIN);
        UnitSummary afdeling = ensureUnit("t16-bad-afdeling", "Afdeling Proef", "gemeente", "100001");
        UnitSummary team = ensureUnit("t16-bad-team", "Team Proef", "t16-bad-afdeling", "100009");
        List<UnitSummary> before = organisation.units();

        // a cycle: the afdeling moved under its own team
        assertRefused(afdeling, with(afdeling.toData(), "t16-bad-team", "100001", null), "parent",
                "Een eenheid kan niet onder zichzelf of onder een eigen onderdeel vallen: Afdeling Proef → Team Proef"
                        + " → Afdeling Proef.");
        assertRefused(afdeling, with(afdeling.toData(), "t16-bad-afdeling", "100001", null), "parent",
                "Een eenheid kan niet onder zichzelf of onder een eigen onderdeel vallen: Afdeling Proef → Afdeling"
                        + " Proef.");
        // a unit without a manager, the top one included
        assertRefused(team, with(team.toData(), "t16-bad-afdeling", null, null), "manager",
                "Een eenheid heeft een leidinggevende nodig.");
        UnitSummary top = unit("gemeente");
        assertRefused(top, with(top.toData(), null, null, null), "manager", "Een eenheid heeft een leidinggevende nodig.");
        // a manager who left service (Mark Bosch), an unknown one, a deputy who is the manager
        assertRefused(team, with(team.toData(), "t16-bad-afdeling", "100027", null), "manager",
                "Medewerker 100027 is niet meer in dienst.");
        assertRefused(team, with(team.toData(), "t16-bad-afdeling", "169999", null), "manager",
                "Er is geen medewerker met personeelsnummer 169999.");
        assertRefused(team, with(team.toData(), "t16-bad-afdeling", "100009", "100009"), "deputy",
                "De plaatsvervanger kan niet ook de leidinggevende zijn.");
        // an unknown parent, a second top, a code that is taken
        assertRefused(team, with(team.toData(), "bestaat-niet", "100009", null), "parent",
                "Er is geen eenheid met code 'bestaat-niet'.");
        assertRefused(team, with(team.toData(), null, "100009", null), "parent",
                "Er is al een bovenste eenheid (Gemeente Ommen); kies waar deze eenheid onder valt.");
        assertRefused(null, new UnitData("t16-bad-team", "Nog een team", "team", "gemeente", "100009", null, null,
                null), "code", "Deze code is al in gebruik.");

        assertThat(organisation.units()).isEqualTo(before);
    }

    @Test
    void shouldRefuseASaveOfAUnitOverSomeoneElsesChange() {
        Login.as(users, DemoUsers.ADMIN);
        UnitSummary opened = ensureUnit("t16-lock", "Team Slot", "gemeente", "100001");
        organisation.saveUnit(opened.id(), opened.version(), new UnitData(opened.code(), "Team Slot (nieuw)", "team",
                "gemeente", "100001", null, null, null));

        assertThatThrownBy(() -> organisation.saveUnit(opened.id(), opened.version(), opened.toData()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(unit("t16-lock").name()).isEqualTo("Team Slot (nieuw)");
    }

    @Test
    void shouldMoveThePeopleOfAUnitAndItsSubUnitsToTheUnitsNewManager() {
        Login.as(users, DemoUsers.ADMIN);
        ensureUnit("t16-afdeling", "Afdeling Vergunningen", "gemeente", "100001");
        ensureEmployee("160001", "t16-afdeling", null); // the afdeling's new manager later
        ensureEmployee("160002", "t16-afdeling", null);
        ensureUnit("t16-team", "Team Vergunningen", "t16-afdeling", "100001");
        ensureEmployee("160003", "t16-team", null); // the team's manager
        UnitSummary team = saveUnit("t16-team", "t16-afdeling", "160003", null);
        ensureEmployee("160004", "t16-team", null);
        ensureEmployee("160005", "t16-afdeling", "100009"); // a manager set for her: stays
        assertThat(managerOf("160002")).isEqualTo("100001");
        assertThat(managerOf("160003")).as("the team's manager reports to the afdeling's").isEqualTo("100001");
        assertThat(managerOf("160004")).isEqualTo("160003");

        UnitSummary afdeling = saveUnit("t16-afdeling", "gemeente", "160001", "160002");

        assertThat(afdeling.managerName()).isEqualTo("Voor160001 Achter");
        assertThat(afdeling.deputyNumber()).isEqualTo("160002");
        assertThat(afdeling.ownMembers()).isEqualTo(3);
        assertThat(afdeling.allMembers()).isEqualTo(5);
        assertThat(managerOf("160002")).isEqualTo("160001");
        assertThat(managerOf("160003")).isEqualTo("160001");
        assertThat(managerOf("160004")).isEqualTo("160003");
        assertThat(managerOf("160001")).as("the new manager reports to the manager above").isEqualTo("100001");
        assertThat(managerOf("160005")).isEqualTo("100009");
        assertThat(audit.latest("UNIT_CHANGED")).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(DemoUsers.ADMIN);
            assertThat(entry.record()).isEqualTo("unit t16-afdeling");
            assertThat(entry.detail()).contains("manager 160001", "2 employees with another manager");
        });

        // the form shows who the unit gives when nobody is set for the person
        assertThat(organisation.managerFromUnit("t16-team", "160003")).map(EmployeeSummary::personnelNumber)
                .contains("160001");
        assertThat(organisation.managerFromUnit("gemeente", "100001")).isEmpty();
        // a round started for the afdeling takes the team along
        assertThat(directory.activeEmployeeIds(Set.of("t16-afdeling"), Set.of())).containsAll(
                List.of(employee("160001").id(), employee("160004").id()));
        assertThat(directory.activeEmployeeIds(Set.of("t16-team"), Set.of())).doesNotContain(employee("160001").id());
        assertThat(team.parentCode()).isEqualTo("t16-afdeling");
    }

    @Test
    void shouldRefuseAManagerThatMakesTheLineOfManagersComeBackToItself() {
        Login.as(users, DemoUsers.ADMIN);
        ensureUnit("t16-kring", "Afdeling Kring", "gemeente", "100001");
        ensureEmployee("160011", "t16-kring", null);
        saveUnit("t16-kring", "gemeente", "160011", null);
        ensureUnit("t16-kring-team", "Team Kring", "t16-kring", "160011");
        ensureEmployee("160012", "t16-kring-team", null);
        EmployeeSummary m1 = employee("160011");
        // the afdeling's manager moves into her own team: its manager 160012 would report to her and she to him
        EmployeeData intoTeam = new EmployeeData(m1.personnelNumber(), m1.firstName(), null, m1.lastName(), m1.email(),
                m1.jobTitleCode(), "t16-kring-team", null, null, false, m1.startDate(), true);
        saveUnit("t16-kring-team", "t16-kring", "160012", null);
        assertThatThrownBy(() -> organisation.saveEmployee(m1.id(), m1.version(), intoTeam))
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, v -> v.message(DUTCH)).contains(org.assertj.core.groups.Tuple
                                .tuple("unit", "Met 160012 als leidinggevende ontstaat een kring: deze medewerker staat"
                                        + " al boven 160012.")));

        // the same circle made by the tree: 160011 in the team (team managed by her), then the team gets 160012
        saveUnit("t16-kring-team", "t16-kring", "160011", null);
        EmployeeSummary fresh = employee("160011");
        organisation.saveEmployee(fresh.id(), fresh.version(), intoTeam);
        assertThat(managerOf("160011")).isEqualTo("100001");
        UnitSummary team = unit("t16-kring-team");
        assertRefused(team, with(team.toData(), "t16-kring", "160012", null), "manager",
                "Met deze leidinggevende komt de lijn van leidinggevenden bij zichzelf terug: 160011 → 160012 → 160011.");
        assertThat(managerOf("160011")).as("nothing of the refused save stays").isEqualTo("100001");
        assertThat(unit("t16-kring-team").managerNumber()).isEqualTo("160011");
    }

    @Test
    void shouldRefuseToLetSomeoneWhoLeadsAUnitLeaveService() {
        Login.as(users, DemoUsers.ADMIN);
        ensureUnit("t16-leider", "Team Leider", "gemeente", "100001");
        ensureEmployee("160021", "t16-leider", null);
        saveUnit("t16-leider", "gemeente", "160021", null);
        EmployeeSummary leader = employee("160021");
        EmployeeData leaving = new EmployeeData(leader.personnelNumber(), leader.firstName(), null, leader.lastName(),
                leader.email(), leader.jobTitleCode(), leader.unitCode(), null, null, false, leader.startDate(), false);

        assertThatThrownBy(() -> organisation.saveEmployee(leader.id(), leader.version(), leaving))
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, v -> v.message(DUTCH)).containsExactly(org.assertj.core.groups.Tuple
                                .tuple("active", "Deze medewerker is nog leidinggevende of plaatsvervanger van Team"
                                        + " Leider; kies daar eerst iemand anders.")));
        assertThat(employee("160021").active()).isTrue();
    }

    @Test
    void shouldDeleteOnlyAnEmptyUnitWithoutSubUnitsAndNeverTheTop() {
        Login.as(users, DemoUsers.ADMIN);
        UnitSummary parent = ensureUnit("t16-weg", "Afdeling Weg", "gemeente", "100001");
        UnitSummary child = ensureUnit("t16-weg-team", "Team Weg", "t16-weg", "100001");
        ensureEmployee("160031", "t16-weg-team", null);

        assertDeleteRefused(parent, "Deze eenheid heeft nog eenheden onder zich; verplaats of verwijder die eerst.");
        assertDeleteRefused(child, "Er staat nog 1 medewerker in deze eenheid (ook wie uit dienst is); verplaats hen"
                + " eerst.");
        assertDeleteRefused(unit("gemeente"), "De bovenste eenheid kan niet worden verwijderd.");

        EmployeeSummary e = employee("160031");
        organisation.saveEmployee(e.id(), e.version(), new EmployeeData(e.personnelNumber(), e.firstName(), null,
                e.lastName(), e.email(), e.jobTitleCode(), "t16-weg", null, null, false, e.startDate(), true));
        organisation.deleteUnit(child.id(), unit("t16-weg-team").version());
        assertThat(organisation.units()).noneMatch(u -> u.code().equals("t16-weg-team"));
        assertThat(audit.latest("UNIT_DELETED")).first().satisfies(entry ->
                assertThat(entry.record()).isEqualTo("unit t16-weg-team"));
    }

    private void assertDeleteRefused(UnitSummary unit, String message) {
        assertThatThrownBy(() -> organisation.deleteUnit(unit.id(), unit.version()))
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message(DUTCH)).contains(message));
        assertThat(organisation.units()).anyMatch(u -> u.id().equals(unit.id()));
    }

    private void assertRefused(UnitSummary unit, UnitData data, String field, String message) {
        assertThatThrownBy(() -> organisation.saveUnit(unit == null ? null : unit.id(),
                unit == null ? null : unit.version(), data)).as(message)
                .isInstanceOfSatisfying(EmployeeValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, v -> v.message(DUTCH))
                        .contains(org.assertj.core.groups.Tuple.tuple(field, message)));
    }

    private static UnitData with(UnitData d, String parent, String manager, String deputy) {
        return new UnitData(d.code(), d.name(), d.kind(), parent, manager, deputy, d.approximateFte(), d.description());
    }

    private UnitSummary unit(String code) {
        return organisation.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private UnitSummary ensureUnit(String code, String name, String parent, String manager) {
        return organisation.units().stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseGet(() -> organisation.saveUnit(null, null, new UnitData(code, name, "team", parent, manager,
                        null, null, null)));
    }

    private UnitSummary saveUnit(String code, String parent, String manager, String deputy) {
        UnitSummary u = unit(code);
        return organisation.saveUnit(u.id(), u.version(), with(u.toData(), parent, manager, deputy));
    }

    private EmployeeSummary ensureEmployee(String number, String unit, String override) {
        return organisation.employees(number, PageRequest.of(0, 5)).stream()
                .filter(e -> e.personnelNumber().equals(number)).findFirst()
                .orElseGet(() -> organisation.saveEmployee(null, null, new EmployeeData(number, "Voor" + number, null,
                        "Achter", number + "@t16.test", "adviseur", unit, override, null, false, LocalDate.of(2020, 1, 1),
                        true)));
    }

    private EmployeeSummary employee(String number) {
        return organisation.employees(number, PageRequest.of(0, 5)).stream()
                .filter(e -> e.personnelNumber().equals(number)).findFirst().orElseThrow();
    }

    private String managerOf(String number) {
        return employee(number).managerNumber();
    }
}
