package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.gesprekscyclus.test_support.BadInput;
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

/**
 * Fuzzing the import and the employee form's service against the real database (jqwik generators, run from
 * JUnit so the test carries the "db" tag and also runs on PostgreSQL): mutated export files and random field
 * values. Every input ends in a report / refusal or in a complete save, and after a report or refusal the
 * organisation is exactly as before: nothing half-applied. Files that would touch employees outside this test's
 * range (45xxxx) are checked only. Rows are inactive, so no running round picks them up.
 */
@DatabaseTest
class EmployeeImportFuzzTests {

    private static final String VALID = EmployeeCsv.HEADER + """
            450901;Zoë;van 't;Hek;zoe.450901@input.test;adviseur;concern-en-ondersteuning;100001;;2026-02-01;nee
            450902;Ömer;;Çelikkaya;omer.450902@input.test;regisseur-adviseur;concern-en-ondersteuning;100001;;01-03-2020;nee
            """;

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

    private List<String> organisationNow() {
        return organisation.employees("", PageRequest.of(0, 100_000)).stream().map(Object::toString).toList();
    }

    @Test
    void shouldImportAMutatedFileWhollyOrNotAtAll() {
        List<byte[]> files = Stream.concat(BadInput.mutated(VALID).sampleStream().limit(Long.getLong("fuzz.files", 100)),
                BadInput.randomBytes().sampleStream().limit(20)).toList();
        int reports = 0;
        int applied = 0;
        for (byte[] file : files) {
            ImportReport check = imports.check(file);
            if (!check.hasErrors() && check.rows().stream().anyMatch(r -> !String.valueOf(r.personnelNumber()).startsWith("45"))) {
                continue; // would change someone else's employee
            }
            List<String> before = organisationNow();
            ImportReport report;
            try {
                report = imports.importEmployees(file);
            } catch (RuntimeException e) {
                throw new AssertionError("the import failed instead of reporting, on this file:\n"
                        + new String(file, java.nio.charset.StandardCharsets.UTF_8) + "\nbefore it:\n" + before, e);
            }
            assertThat(report.applied()).isEqualTo(!report.hasErrors());
            assertThat(report.hasErrors()).isEqualTo(check.hasErrors());
            if (report.applied()) {
                applied++;
                report.rows().forEach(r -> assertThat(organisation.employees(r.personnelNumber(), PageRequest.of(0, 5))
                        .stream().anyMatch(e -> e.personnelNumber().equals(r.personnelNumber()))).isTrue());
            } else {
                reports++;
                assertThat(organisationNow()).isEqualTo(before);
            }
        }
        System.out.println("EmployeeImportFuzzTests: " + files.size() + " generated files: " + reports + " reports, "
                + applied + " applied wholly");
        assertThat(reports).isGreaterThan(60);
    }

    @Test
    void shouldRefuseANewcomerWithTheAddressOfSomeoneNotInTheFile() {
        String row = "%s;Test;;Adres;%s;adviseur;concern-en-ondersteuning;100001;;2020-01-01;nee\n";
        assertThat(imports.importEmployees(EmployeeCsv.withRows(row.formatted("450921", "held.450921@input.test")))
                .applied()).isTrue();
        List<String> before = organisationNow();

        // the mutation the fuzzer found: a digit dropped from a personnel number makes a newcomer with her address
        ImportReport report = imports.importEmployees(EmployeeCsv.withRows(row.formatted("45921", "held.450921@input.test")));

        assertThat(report.applied()).isFalse();
        assertThat(report.rows().get(0).violations()).extracting(v -> v.field() + " " + v.messageKey())
                .contains("email employee.error.emailTaken");
        assertThat(organisationNow()).isEqualTo(before);
    }

    @Test
    void shouldMoveAndSwapAddressesBetweenEmployeesInOneFile() {
        String row = "%s;Test;;Adres;%s;adviseur;concern-en-ondersteuning;100001;;2020-01-01;nee\n";
        assertThat(imports.importEmployees(EmployeeCsv.withRows(row.formatted("450911", "a.450911@input.test")
                + row.formatted("450913", "c.450913@input.test") + row.formatted("450914", "d.450914@input.test")))
                .applied()).isTrue();

        // 450911's address goes to the new 450912; 450913 and 450914 swap theirs
        ImportReport report = imports.importEmployees(EmployeeCsv.withRows(row.formatted("450912", "a.450911@input.test")
                + row.formatted("450911", "b.450911@input.test") + row.formatted("450913", "d.450914@input.test")
                + row.formatted("450914", "c.450913@input.test")));

        assertThat(report.applied()).isTrue();
        assertThat(organisation.employees("4509", PageRequest.of(0, 200)).stream()
                .filter(e -> Set.of("450911", "450912", "450913", "450914").contains(e.personnelNumber()))
                .map(e -> e.personnelNumber() + " " + e.email()))
                .containsExactlyInAnyOrder("450911 b.450911@input.test", "450912 a.450911@input.test",
                        "450913 d.450914@input.test", "450914 c.450913@input.test");
    }

    @Test
    void shouldSaveRandomEmployeeDataWhollyOrRefuseItWithViolations() {
        Arbitrary<EmployeeData> data = Combinators.combine(Arbitraries.integers().between(0, 99),
                BadInput.fieldValue(), BadInput.fieldValue(), BadInput.fieldValue(), BadInput.fieldValue(),
                Arbitraries.of("adviseur", "adviseur", "", "<b>x</b>", "regisseur-adviseur"),
                Arbitraries.of("concern-en-ondersteuning", "concern-en-ondersteuning", "nope", "")).as(
                        (n, first, prefix, last, email, job, unit) -> new EmployeeData(
                                "4509" + String.format("%02d", n) + (n % 7 == 0 ? "<x>" : ""),
                                n % 2 == 0 ? "Voornaam " + first.strip().replaceAll("\\p{Cntrl}", "") : first,
                                n % 2 == 0 ? null : prefix,
                                n % 2 == 0 ? "Achternaam " + last.strip().replaceAll("\\p{Cntrl}", "") : last,
                                n % 2 == 0 ? "fuzz" + n + "@input.test" : email, job, unit,
                                n % 5 == 0 ? "100001" : null, null, false, LocalDate.of(2020, 1, 1), false));
        List<EmployeeData> inputs = data.sampleStream().limit(120).toList();
        int refused = 0;
        int saved = 0;
        for (EmployeeData input : inputs) {
            List<String> before = organisationNow();
            try {
                EmployeeSummary summary = organisation.employees(input.personnelNumber(), PageRequest.of(0, 5)).stream()
                        .filter(e -> e.personnelNumber().equals(input.personnelNumber())).findFirst().orElse(null);
                EmployeeSummary after = organisation.saveEmployee(summary == null ? null : summary.id(), null, input);
                assertThat(after.firstName()).isEqualTo(input.normalised().firstName());
                assertThat(after.lastName()).isEqualTo(input.normalised().lastName());
                saved++;
            } catch (EmployeeValidationException e) {
                refused++;
                assertThat(e.violations()).isNotEmpty().allSatisfy(v ->
                        assertThat(v.message(java.util.Locale.forLanguageTag("nl"))).doesNotStartWith("!"));
                assertThat(organisationNow()).isEqualTo(before);
            }
        }
        System.out.println("EmployeeImportFuzzTests: " + inputs.size() + " generated employees: " + refused
                + " refused, " + saved + " saved");
        assertThat(refused).isGreaterThan(20);
        assertThat(saved).isGreaterThan(0);
    }
}
