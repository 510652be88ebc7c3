package nl.gesprekscyclus.workrole;

import static nl.gesprekscyclus.workrole.RoleOverviewWorld.YEAR;
import static nl.gesprekscyclus.workrole.RoleOverviewWorld.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.functionbook.WorkRole;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.SearchPeople;
import nl.gesprekscyclus.workrole.RoleOverviewExport.Section;
import nl.gesprekscyclus.workrole.RoleOverviewService.Change;
import nl.gesprekscyclus.workrole.RoleOverviewService.ChangeKind;
import nl.gesprekscyclus.workrole.RoleOverviewService.Filter;
import nl.gesprekscyclus.workrole.RoleOverviewService.Holder;
import nl.gesprekscyclus.workrole.RoleOverviewService.Person;
import nl.gesprekscyclus.workrole.RoleOverviewService.UnitOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Rollen in de organisatie" (issue 18, item 4) on {@link RoleOverviewWorld}: what each list holds for a unit with
 * its sub-units, a role, a year and a day; whose people each viewer gets (HR and ADMIN everyone, a manager their
 * line, a coordinator the people they coordinate, an employee nothing); and the export read back. Each test is rolled
 * back.
 */
@DatabaseTest
@Transactional
class RoleOverviewServiceTests {

    @Autowired
    RoleOverviewService overview;
    @Autowired
    RoleOverviewExport export;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;

    long department;

    @BeforeEach
    void givenTheWorld() {
        RoleOverviewWorld.create(context);
        department = RoleOverviewWorld.unitId(context, SearchPeople.DEPARTMENT_UNIT);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldListWhoFillsWhichRoleInTheUnitWithItsSubUnitsForTheYearTheRoleAndTheDay() {
        Login.as(users, DemoUsers.HR);
        Filter year = new Filter(department, null, YEAR, null);

        assertThat(overview.holders(year, 0, 50)).extracting(Holder::roleCode, Holder::personnelNumber,
                Holder::unitName, Holder::from, Holder::to, Holder::sharePercent, Holder::status).containsExactly(
                tuple("contractmanager", SearchPeople.VAN_DER_MEER, "Zoekteam", day(2056, 3, 1), day(2057, 6, 30), null,
                        RoleAssignmentStatus.ENDED),
                tuple("projectleider", SearchPeople.MULDER, "Zoekteam", day(2057, 1, 1), day(2057, 12, 31), 40,
                        RoleAssignmentStatus.ASSIGNED));
        assertThat(overview.countHolders(year)).isEqualTo(2);
        assertThat(overview.holders(year, 1, 1)).extracting(Holder::personnelNumber)
                .containsExactly(SearchPeople.MULDER);
        // the role, the day, the team alone, the neighbours, another year
        assertThat(overview.holders(new Filter(department, "projectleider", YEAR, null), 0, 50))
                .extracting(Holder::personnelNumber).containsExactly(SearchPeople.MULDER);
        assertThat(overview.holders(new Filter(department, null, YEAR, day(2057, 8, 1)), 0, 50))
                .extracting(Holder::personnelNumber).containsExactly(SearchPeople.MULDER);
        assertThat(overview.holders(new Filter(RoleOverviewWorld.unitId(context, SearchPeople.BERT), null, YEAR, null),
                0, 50)).extracting(Holder::personnelNumber).containsExactly(SearchPeople.MULDERS);
        assertThat(overview.holders(new Filter(department, null, 2058, null), 0, 50))
                .extracting(Holder::personnelNumber).containsExactly("430001");
        assertThat(overview.holders(new Filter(-1L, null, YEAR, null), 0, 50)).as("an unknown unit").isEmpty();
    }

    @Test
    void shouldNameTheRolesNobodyFillsAndThePeopleWithoutARole() {
        Login.as(users, DemoUsers.HR);

        // a proposal fills nothing yet
        assertThat(overview.vacantRoles(new Filter(department, null, YEAR, null))).extracting(WorkRole::code)
                .containsExactlyInAnyOrder("opdrachtgever", "clustercoordinator");
        assertThat(overview.vacantRoles(new Filter(department, null, YEAR, day(2057, 8, 1))))
                .extracting(WorkRole::code).containsExactlyInAnyOrder("opdrachtgever", "clustercoordinator",
                        "contractmanager");
        assertThat(overview.vacantRoles(new Filter(department, "projectleider", YEAR, null))).isEmpty();

        Filter year = new Filter(department, null, YEAR, null);
        assertThat(overview.withoutRole(year, 0, 50)).extracting(Person::personnelNumber)
                .containsExactlyInAnyOrder("430001", "430002", SearchPeople.MUELLER, SearchPeople.MULLER);
        assertThat(overview.countWithoutRole(year)).isEqualTo(4);
        assertThat(overview.withoutRole(new Filter(department, null, YEAR, day(2057, 8, 1)), 0, 50))
                .extracting(Person::personnelNumber).contains(SearchPeople.VAN_DER_MEER)
                .doesNotContain(SearchPeople.MULDER);
        assertThat(overview.withoutRole(new Filter(department, null, 2058, null), 0, 50))
                .extracting(Person::personnelNumber).doesNotContain("430001").contains(SearchPeople.MULDER);
    }

    @Test
    void shouldListTheYearsChangesInDateOrderWithWhoMadeThem() {
        Login.as(users, DemoUsers.HR);
        Filter year = new Filter(department, null, YEAR, null);

        List<Change> changes = overview.changes(year, 0, 50);

        assertThat(changes).extracting(Change::day, Change::kind, Change::roleCode, Change::personnelNumber,
                Change::status, Change::by).containsExactly(
                tuple(day(2057, 1, 1), ChangeKind.STARTED, "projectleider", SearchPeople.MULDER,
                        RoleAssignmentStatus.ASSIGNED, SearchPeople.TESSA),
                tuple(day(2057, 4, 10), ChangeKind.PROPOSED, "opdrachtgever", SearchPeople.MUELLER,
                        RoleAssignmentStatus.PROPOSED, "meer"),
                tuple(day(2057, 6, 30), ChangeKind.ENDED, "contractmanager", SearchPeople.VAN_DER_MEER,
                        RoleAssignmentStatus.ENDED, SearchPeople.TESSA),
                tuple(day(2057, 12, 31), ChangeKind.ENDED, "projectleider", SearchPeople.MULDER,
                        RoleAssignmentStatus.ASSIGNED, SearchPeople.TESSA));
        assertThat(overview.countChanges(year)).isEqualTo(4);
        assertThat(overview.changes(year, 2, 1)).extracting(Change::kind).containsExactly(ChangeKind.ENDED);
        assertThat(overview.changes(new Filter(department, "contractmanager", YEAR, null), 0, 50))
                .extracting(Change::kind).containsExactly(ChangeKind.ENDED);
        assertThat(overview.changes(new Filter(department, null, 2056, null), 0, 50))
                .extracting(Change::kind, Change::personnelNumber)
                .containsExactly(tuple(ChangeKind.STARTED, SearchPeople.VAN_DER_MEER));
    }

    @Test
    void shouldShowHrAndTheAdminEveryoneAManagerTheirLineAndACoordinatorThePeopleTheyCoordinate() {
        Filter year = new Filter(null, null, YEAR, null);
        for (String all : List.of(DemoUsers.HR, DemoUsers.ADMIN)) {
            Login.as(users, all);
            // everyone: this class's three holders, and whoever another class gave a role that runs on into this
            // year (an assignment without an end), in the shared database
            assertThat(overview.holders(year, 0, 50)).as(all).extracting(Holder::personnelNumber)
                    .contains(SearchPeople.MULDER, SearchPeople.VAN_DER_MEER, SearchPeople.MULDERS);
        }
        // the manager of the unit above the team sees the team; the team's manager the team; the neighbour his own
        Login.as(users, SearchPeople.AREND);
        assertThat(overview.holders(year, 0, 50)).extracting(Holder::personnelNumber)
                .containsExactlyInAnyOrder(SearchPeople.MULDER, SearchPeople.VAN_DER_MEER);
        Login.as(users, SearchPeople.TESSA);
        assertThat(overview.holders(year, 0, 50)).extracting(Holder::personnelNumber)
                .containsExactlyInAnyOrder(SearchPeople.MULDER, SearchPeople.VAN_DER_MEER);
        assertThat(overview.units()).extracting(UnitOption::name).containsExactly("Zoekteam");
        assertThat(overview.withoutRole(year, 0, 50)).extracting(Person::personnelNumber)
                .containsExactlyInAnyOrder("430002", SearchPeople.MUELLER, SearchPeople.MULLER);
        assertThat(overview.changes(year, 0, 50)).extracting(Change::personnelNumber)
                .doesNotContain(SearchPeople.MULDERS);
        // a unit outside her line narrows to nothing, it does not widen
        assertThat(overview.holders(new Filter(RoleOverviewWorld.unitId(context, SearchPeople.BERT), null, YEAR, null),
                0, 50)).isEmpty();
        Login.as(users, SearchPeople.BERT);
        assertThat(overview.holders(year, 0, 50)).extracting(Holder::personnelNumber)
                .containsExactly(SearchPeople.MULDERS);

        // Jeroen van der Meer coordinates Noor Mulder (for this test): her, and nobody else of the world
        jdbc.update("update employee set coordinator_id = (select id from employee where personnel_number = '100008')"
                + " where personnel_number = ?", SearchPeople.MULDER);
        Login.as(users, DemoUsers.COORDINATOR);
        // within the world's department: he also coordinates demo people, and a class that gives the demo its roles
        // (DemoRoleAssignmentsTests, DemoRoundTests) leaves them in the shared database without an end
        assertThat(overview.holders(new Filter(department, null, YEAR, null), 0, 50))
                .extracting(Holder::personnelNumber).containsExactly(SearchPeople.MULDER);
        assertThat(overview.units()).extracting(UnitOption::name).contains("Zoekteam").doesNotContain("Zoekburen");
    }

    @Test
    void shouldRefuseAnEmployeeWithoutThoseRelationsAndAuditIt() {
        Login.as(users, "zoek-mulder");
        long before = refusals();
        Filter year = new Filter(null, null, YEAR, null);
        assertThatThrownBy(() -> overview.holders(year, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.withoutRole(year, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.changes(year, 0, 50)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.csv(Section.HOLDERS, year, key -> key, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusals() - before).isEqualTo(4);
    }

    @Test
    void shouldExportWhatTheFiltersShowAsCsvWithFormulasNeutralisedAndAsExcelWithFourSheets() throws Exception {
        // a name from the HR system's file that a spreadsheet would run
        jdbc.update("update employee set first_name = '=HYPERLINK(\"http://x\")' where personnel_number = ?",
                SearchPeople.MULDER);
        Login.as(users, DemoUsers.HR);
        Filter filter = new Filter(department, null, YEAR, null);
        RoleOverviewExport.Labels dutch = key -> Messages.get(Messages.DUTCH, key);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.csv(Section.HOLDERS, filter, dutch, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new InputStreamReader(
                new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).extracting(CSVRecord::values).containsExactly(
                new String[] {"Rol", "Personeelsnummer", "Medewerker", "Eenheid", "Van", "Tot en met", "Aandeel",
                        "Status"},
                new String[] {"Contractmanager", SearchPeople.VAN_DER_MEER, "Jan van der Meer", "Zoekteam",
                        "2056-03-01", "2057-06-30", "", "beëindigd"},
                new String[] {"Projectleider", SearchPeople.MULDER, "'=HYPERLINK(\"http://x\") Mulder", "Zoekteam",
                        "2057-01-01", "2057-12-31", "40", "toegewezen"});

        ByteArrayOutputStream changes = new ByteArrayOutputStream();
        export.csv(Section.CHANGES, filter, dutch, changes);
        assertThat(changes.toString(StandardCharsets.UTF_8)).contains("Datum;Wijziging;Rol;Personeelsnummer")
                .contains("2057-04-10;voorgesteld;Opdrachtgever;" + SearchPeople.MUELLER);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.excel(filter, dutch, xlsx);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Wie vervult welke rol",
                    "Rollen zonder bezetting", "Medewerkers zonder rol", "Wijzigingen in het jaar");
            assertThat(cells(sheets.get(0))).hasSize(3).last().satisfies(row -> assertThat(row).startsWith(
                    "Projectleider", SearchPeople.MULDER, "=HYPERLINK(\"http://x\") Mulder"));
            assertThat(cells(sheets.get(1))).extracting(row -> row.get(1)).containsExactlyInAnyOrder("Code",
                    "opdrachtgever", "clustercoordinator");
            assertThat(cells(sheets.get(2))).hasSize(5);
            assertThat(cells(sheets.get(3))).hasSize(5);
        }
        assertThat(audit.latest("role.export")).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(DemoUsers.HR);
            assertThat(e.detail()).startsWith("xlsx all").endsWith(": 12 rows");
        });
    }

    private static List<List<String>> cells(Sheet sheet) throws java.io.IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue()).toList()).toList();
        }
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = ?", Long.class,
                AuditTrail.REFUSED);
    }
}
