package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.EmployeeCsv;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Importing an HR-system export: a per-row report, and never a partial import. */
@DatabaseTest
class EmployeeImportTests {

    @Autowired
    EmployeeImportService imports;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void loginAsAdmin() {
        Login.as(users, DemoUsers.ADMIN);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    private static byte[] csv(String rows) {
        return EmployeeCsv.withRows(rows);
    }

    private long employeeCount() {
        return organisation.employees("", PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void shouldImportNewEmployeesWithReferencesToEachOtherAndToExistingOnes() {
        long before = employeeCount();
        ImportReport report = imports.importEmployees(csv("""
                900001;Zoë;van 't;Hek;zoe.vanthek@ommen.nl;adviseur;concern-en-ondersteuning;100001;900002;2026-02-01;ja
                900002;Ömer;;Çelikkaya;omer.celikkaya@ommen.nl;regisseur-adviseur;concern-en-ondersteuning;100001;;01-03-2020;ja
                """));

        assertThat(report.applied()).isTrue();
        assertThat(report.count(ImportReport.Action.NEW)).isEqualTo(2);
        assertThat(employeeCount()).isEqualTo(before + 2);
        EmployeeSummary zoe = organisation.employees("900001", PageRequest.of(0, 1)).getContent().get(0);
        assertThat(zoe.fullName()).isEqualTo("Zoë van 't Hek");
        assertThat(zoe.coordinatorName()).isEqualTo("Ömer Çelikkaya");
        assertThat(zoe.managerNumber()).isEqualTo("100001");
        EmployeeSummary omer = organisation.employees("900002", PageRequest.of(0, 1)).getContent().get(0);
        assertThat(omer.coordinationModule()).as("named as coordinator, so holds the module").isTrue();
        assertThat(omer.startDate()).hasYear(2020).hasMonthValue(3).hasDayOfMonth(1);
    }

    @Test
    void shouldImportNothingWhenOneRowIsWrongAndSayWhichRowAndWhy() {
        long before = employeeCount();
        ImportReport report = imports.importEmployees(csv("""
                910001;Anna;;Goed;anna.goed@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                910002;Bert;;Fout;bert.fout@ommen.nl;piloot;nergens;999999;;31-02-2020;misschien
                """));

        assertThat(report.applied()).isFalse();
        assertThat(employeeCount()).isEqualTo(before);
        ImportReport.RowReport bad = report.rows().get(1);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(report.rows().get(0).ok()).isTrue();
        assertThat(bad.violations()).extracting(Violation::field)
                .contains("jobTitle", "unit", "manager", "startDate", "active");
        assertThat(bad.violations()).extracting(v -> v.message(Locale.forLanguageTag("nl")))
                .contains("De functie 'piloot' staat niet in het functieboek.",
                        "Er is geen medewerker met personeelsnummer 999999.");
    }

    @Test
    void shouldRefuseANameWithAnInvisibleFormatCharacterInItsRowAndImportNothing() {
        long before = employeeCount();
        // row 2 keeps a Persian name's zero-width non-joiner and an emoji's joiner; row 3 hides a bidi override
        // (which shows "nesnaJ" as "Jansen"), row 4 a zero-width space and a word joiner
        ImportReport report = imports.importEmployees(csv("""
                910101;\u0646\u06CC\u06A9\u200C\u0646\u0627\u0645;;Goed \uD83D\uDC69\u200D\uD83D\uDCBC;nik.goed@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                910102;Anna;;\u202EnesnaJ;anna.bidi@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                910103;Jan\u200B;;Smit\u2060;jan.zw@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                """));

        assertThat(report.applied()).isFalse();
        assertThat(employeeCount()).isEqualTo(before);
        assertThat(report.rows().get(0).ok()).as(report.toString()).isTrue();
        assertThat(report.rows().get(1).violations()).extracting(Violation::field).containsExactly("lastName");
        assertThat(report.rows().get(1).violations()).extracting(v -> v.message(Locale.forLanguageTag("nl")))
                .containsExactly("Bevat een onzichtbaar opmaakteken (U+202E), zoals een teken dat de schrijfrichting "
                        + "omdraait; haal het weg.");
        assertThat(report.rows().get(2).violations()).extracting(Violation::field)
                .containsExactly("firstName", "lastName");
    }

    @Test
    void shouldReportDuplicatesWithinTheFile() {
        ImportReport report = imports.check(csv("""
                920001;Anna;;Een;anna.een@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                920001;Anna;;Twee;anna.een@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                """));
        assertThat(report.rows().get(1).violations()).extracting(Violation::messageKey)
                .contains("import.error.duplicateNumber");
    }

    @Test
    void shouldRefuseAManagerCircle() {
        ImportReport report = imports.check(csv("""
                930001;Anna;;Kring;anna.kring@ommen.nl;adviseur;concern-en-ondersteuning;930002;;2020-01-01;ja
                930002;Bob;;Kring;bob.kring@ommen.nl;adviseur;concern-en-ondersteuning;930001;;2020-01-01;ja
                """));
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.violations()).extracting(Violation::messageKey)
                .contains("employee.error.managerCycle"));
    }

    @Test
    void shouldUpdateAnExistingEmployeeAndLeaveOthersUntouched() {
        EmployeeSummary before = organisation.employees(DemoUsers.EMPLOYEE_NUMBER, PageRequest.of(0, 1)).getContent().get(0);
        ImportReport report = imports.importEmployees(csv(
                "100031;Sanne;de;Jong;sanne.dejong@ommen.nl;adviseur;beleid-en-ontwikkeling;100001;100008;2018-06-01;ja\n"));
        assertThat(report.applied()).isTrue();
        assertThat(report.count(ImportReport.Action.UPDATE)).isEqualTo(1);
        EmployeeSummary after = organisation.employee(before.id());
        assertThat(after.jobTitleCode()).isEqualTo("adviseur");
        // put it back for the other tests sharing this database
        organisation.saveEmployee(after.id(), after.version(), before.toData());
    }

    @Test
    void shouldSayAFileIsNotUtf8() {
        byte[] latin1 = (EmployeeCsv.HEADER + "940001;Zoë;;X;z@ommen.nl;adviseur;concern-en-ondersteuning;;;2020-01-01;ja\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportReport report = imports.check(latin1);
        assertThat(report.fileProblems()).extracting(Violation::messageKey)
                .containsExactly("import.error.encoding", "import.error.encodingLine");
    }

    @Test
    void shouldNameMissingColumns() {
        ImportReport report = imports.check("personeelsnummer,voornaam\n1,Anna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(report.fileProblems()).hasSize(1);
        assertThat(report.fileProblems().get(0).message(Locale.forLanguageTag("nl")))
                .contains("achternaam", "email", "functie", "eenheid", "datum_in_dienst");
    }

    @Test
    void shouldAcceptCommaSeparatedExportsWithQuotesBomAndExtraColumns() {
        String text = "\uFEFFPersoneelsnummer,Voornaam,Tussenvoegsel,Achternaam,E-mail,Functie,Cluster,Leidinggevende,"
                + "Coordinator,Datum_in_dienst,Actief,Kostenplaats\n"
                + "950001,\"Anne-Marie\",,\"Vries, de\",am.devries@ommen.nl,adviseur,concern-en-ondersteuning,100001,,2021-05-01,ja,4711\n";
        ImportReport report = imports.check(text.getBytes(StandardCharsets.UTF_8));
        assertThat(report.hasErrors()).as(report.toString()).isFalse();
        assertThat(report.ignoredColumns()).containsExactly("Kostenplaats");
        assertThat(report.rows().get(0).name()).isEqualTo("Anne-Marie Vries, de");
    }

    @Test
    void shouldImportTheDemoOrganisationFileWithoutChanges() throws Exception {
        byte[] demo = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("config/demo/employees.csv"));
        ImportReport report = imports.check(demo);
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.rows()).hasSize(45);
        assertThat(report.count(ImportReport.Action.UNCHANGED)).isEqualTo(45);
        List<ImportReport.RowReport> changed = report.rows().stream()
                .filter(r -> r.action() != ImportReport.Action.UNCHANGED).toList();
        assertThat(changed).isEmpty();
    }

    // units files (issue 16): people 161xxx and units t16i-* belong to these tests only

    private static final String EMPLOYEES_HEADER = "personeelsnummer;voornaam;tussenvoegsel;achternaam;email;functie;"
            + "eenheid;leidinggevende;coordinator;datum_in_dienst;actief\n";
    private static final String UNITS_HEADER = "code;naam;bovenliggend;leidinggevende;plaatsvervanger;soort\n";

    private static byte[] units(String rows) {
        return (UNITS_HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] employees(String rows) {
        return (EMPLOYEES_HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private EmployeeSummary employee(String number) {
        return organisation.employees(number, PageRequest.of(0, 5)).stream()
                .filter(e -> e.personnelNumber().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void shouldImportUnitsAndTheirNewPeopleInOneGoWithEachManagerFollowingFromTheTree() {
        ImportReport report = imports.importOrganisation(units("""
                t16i-team;Team Handhaving;t16i-afdeling;161002;161003;team
                t16i-afdeling;Afdeling Veiligheid;gemeente;161001;;
                """), employees("""
                161001;Vera;;Veilig;vera.veilig@ommen.nl;adviseur;t16i-afdeling;;;2020-01-01;ja
                161002;Hans;;Handhaaf;hans.handhaaf@ommen.nl;adviseur;t16i-team;;;2020-01-01;ja
                161003;Tim;;Toezicht;tim.toezicht@ommen.nl;adviseur;t16i-team;;;2020-01-01;ja
                161004;Eva;;Eigen;eva.eigen@ommen.nl;adviseur;t16i-team;100009;;2020-01-01;ja
                """));

        assertThat(report.hasErrors()).as(report.toString()).isFalse();
        assertThat(report.applied()).isTrue();
        assertThat(report.unitCount(ImportReport.Action.NEW)).isEqualTo(2);
        assertThat(report.count(ImportReport.Action.NEW)).isEqualTo(4);
        UnitSummary afdeling = organisation.units().stream().filter(u -> u.code().equals("t16i-afdeling"))
                .findFirst().orElseThrow();
        assertThat(afdeling.kind()).as("no soort: a new unit is an afdeling").isEqualTo("afdeling");
        assertThat(afdeling.managerNumber()).isEqualTo("161001");
        assertThat(afdeling.allMembers()).isEqualTo(4);
        UnitSummary team = organisation.units().stream().filter(u -> u.code().equals("t16i-team")).findFirst()
                .orElseThrow();
        assertThat(team.parentCode()).isEqualTo("t16i-afdeling");
        assertThat(team.deputyName()).isEqualTo("Tim Toezicht");
        assertThat(employee("161001").managerNumber()).as("the afdeling's manager: the top's").isEqualTo("100001");
        assertThat(employee("161002").managerNumber()).as("the team's manager: the afdeling's").isEqualTo("161001");
        assertThat(employee("161003").managerNumber()).isEqualTo("161002");
        assertThat(employee("161003").managerOverride()).isFalse();
        assertThat(employee("161004").managerNumber()).as("a leidinggevende in the row is hers only")
                .isEqualTo("100009");
        assertThat(employee("161004").managerOverride()).isTrue();

        // the next units file gives the team another manager: its people who follow the unit go with it
        ImportReport moved = imports.importOrganisation(units("""
                t16i-team;Team Handhaving;t16i-afdeling;161003;;team
                """), null);
        assertThat(moved.applied()).isTrue();
        assertThat(moved.unitCount(ImportReport.Action.UPDATE)).isEqualTo(1);
        assertThat(employee("161002").managerNumber()).isEqualTo("161003");
        assertThat(employee("161003").managerNumber()).as("now the team's manager himself").isEqualTo("161001");
        assertThat(employee("161004").managerNumber()).isEqualTo("100009");
        // the same file again changes nothing
        assertThat(imports.check(units("t16i-team;Team Handhaving;t16i-afdeling;161003;;team\n"), null)
                .unitCount(ImportReport.Action.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void shouldImportNothingWhenAUnitRowIsWrongAndSayWhichRowAndWhyInDutch() {
        long before = employeeCount();
        List<UnitSummary> unitsBefore = organisation.units();
        ImportReport report = imports.importOrganisation(units("""
                t16i-goed;Team Goed;gemeente;100001;;team
                t16i-wees;Team Wees;bestaat-niet;100001;;team
                t16i-kip;Team Kip;t16i-ei;100001;;team
                t16i-ei;Team Ei;t16i-kip;100001;;team
                t16i-leeg;Team Leeg;gemeente;;;team
                t16i-spook;Team Spook;gemeente;169999;;team
                t16i-weg;Team Weg;gemeente;100027;;team
                t16i-goed;Team Dubbel;gemeente;100001;;team
                t16i-top;Tweede top;;100001;;gemeente
                """), employees("""
                161101;Goed;;Mens;goed.mens@ommen.nl;adviseur;t16i-goed;;;2020-01-01;ja
                161102;Verkeerd;;Mens;verkeerd.mens@ommen.nl;adviseur;t16i-nergens;;;2020-01-01;ja
                """));

        assertThat(report.applied()).isFalse();
        assertThat(employeeCount()).isEqualTo(before);
        assertThat(organisation.units()).isEqualTo(unitsBefore);
        List<ImportReport.UnitRowReport> rows = report.unitRows();
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(messages(rows.get(1).violations())).containsExactly("Er is geen eenheid met code 'bestaat-niet'.");
        assertThat(messages(rows.get(2).violations())).containsExactly("Een eenheid kan niet onder zichzelf of onder een"
                + " eigen onderdeel vallen: Team Kip → Team Ei → Team Kip.");
        assertThat(messages(rows.get(3).violations())).containsExactly("Een eenheid kan niet onder zichzelf of onder een"
                + " eigen onderdeel vallen: Team Ei → Team Kip → Team Ei.");
        assertThat(messages(rows.get(4).violations())).containsExactly("Een eenheid heeft een leidinggevende nodig.");
        assertThat(messages(rows.get(5).violations())).containsExactly("Er is geen medewerker met personeelsnummer"
                + " 169999.");
        assertThat(messages(rows.get(6).violations())).containsExactly("Medewerker 100027 is niet meer in dienst.");
        assertThat(messages(rows.get(7).violations())).containsExactly("Deze code staat ook op regel 2.");
        assertThat(messages(rows.get(8).violations())).containsExactly("Er is al een bovenste eenheid (Gemeente Ommen);"
                + " kies waar deze eenheid onder valt.");
        assertThat(rows.get(8).violations()).extracting(Violation::field).containsExactly("parent");
        assertThat(report.rows().get(0).ok()).as("a unit of the same file is known").isTrue();
        assertThat(messages(report.rows().get(1).violations())).containsExactly("De eenheid 't16i-nergens' bestaat niet.");
    }

    @Test
    void shouldRefuseAUnitsFileThatMakesTheLineOfManagersComeBackToItself() {
        // the afdeling's manager works in her own team; the file makes the team's manager her manager and her his
        ImportReport report = imports.importOrganisation(units("""
                t16i-ring;Afdeling Ring;gemeente;161201;;afdeling
                t16i-ring-team;Team Ring;t16i-ring;161202;;team
                """), employees("""
                161201;Rita;;Ring;rita.ring@ommen.nl;adviseur;t16i-ring-team;;;2020-01-01;ja
                161202;Rob;;Ring;rob.ring@ommen.nl;adviseur;t16i-ring-team;;;2020-01-01;ja
                """));

        assertThat(report.applied()).isFalse();
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.violations()).extracting(Violation::messageKey)
                .contains("employee.error.managerCycle"));
        assertThat(messages(report.unitRows().get(0).violations())).containsExactly("Met deze leidinggevende komt de"
                + " lijn van leidinggevenden bij zichzelf terug: 161201 → 161202 → 161201.");
        assertThat(organisation.units()).noneMatch(u -> u.code().startsWith("t16i-ring"));
    }

    @Test
    void shouldStillReadTheUnitFromAColumnCalledCluster() {
        assertThat(EmployeeCsv.HEADER).contains(";cluster;");
        ImportReport report = imports.check(csv(
                "161301;Cor;;Cluster;cor.cluster@ommen.nl;adviseur;concern-en-ondersteuning;;;2020-01-01;ja\n"));
        assertThat(report.hasErrors()).as(report.toString()).isFalse();
    }

    private static List<String> messages(List<Violation> violations) {
        return violations.stream().map(v -> v.message(Locale.forLanguageTag("nl"))).toList();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<java.util.Map<String, Object>> reportData(String personnelNumber) {
        return jdbc.queryForList("select d.gender, d.birth_date from employee_report_data d join employee e"
                + " on e.id = d.employee_id where e.personnel_number = ?", personnelNumber);
    }

    private static byte[] withReportColumns(String rows) {
        return (EmployeeCsv.HEADER.strip() + ";geslacht;geboortedatum\n" + rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldStoreGenderAndBirthDateOnlyWhenTheFileGivesThem() {
        ImportReport report = imports.importEmployees(withReportColumns("""
                750101;Vera;;Vrouw;vera.vrouw@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja;v;12-05-1980
                750102;Onno;;Onbekend;onno.onbekend@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja;;
                """));
        assertThat(report.applied()).isTrue();
        assertThat(reportData("750101")).singleElement().satisfies(d -> {
            assertThat(d.get("gender")).isEqualTo("V");
            assertThat(d.get("birth_date").toString()).isEqualTo("1980-05-12");
        });
        assertThat(reportData("750102")).as("nothing given: nothing stored").isEmpty();

        // an export without the columns (as every file before them) is still valid and leaves what is stored
        assertThat(imports.importEmployees(csv("""
                750101;Vera;;Vrouw;vera.vrouw@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja
                """)).applied()).isTrue();
        assertThat(reportData("750101")).hasSize(1);
        // with the columns and empty cells: the HR system no longer gives them, so they go
        assertThat(imports.importEmployees(withReportColumns("""
                750101;Vera;;Vrouw;vera.vrouw@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja;;
                """)).applied()).isTrue();
        assertThat(reportData("750101")).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownGenderAndAnImpossibleBirthDateInDutch() {
        ImportReport report = imports.importEmployees(withReportColumns("""
                750103;Wim;;Fout;wim.fout@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja;vrouwelijk;31-02-1980
                750104;Lot;;Laat;lot.laat@ommen.nl;adviseur;concern-en-ondersteuning;100001;;2020-01-01;ja;X;2021-01-01
                """));
        assertThat(report.applied()).isFalse();
        assertThat(report.rows().get(0).violations()).extracting(Violation::field).containsExactly("gender",
                "birthDate");
        assertThat(report.rows().get(0).violations()).extracting(v -> v.message(Locale.forLanguageTag("nl")))
                .containsExactly("'vrouwelijk' is geen geslacht; gebruik M (man), V (vrouw) of X (anders of"
                        + " onbekend), of laat het veld leeg.",
                        "'31-02-1980' is geen datum; gebruik bijvoorbeeld 2024-03-01 of 01-03-2024.");
        assertThat(report.rows().get(1).violations()).extracting(v -> v.message(Locale.forLanguageTag("nl")))
                .containsExactly("'2021-01-01' kan geen geboortedatum zijn: die ligt na 1 januari 1900 en vóór de"
                        + " datum in dienst.");
        assertThat(reportData("750103")).isEmpty();
    }
}
