package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
}
