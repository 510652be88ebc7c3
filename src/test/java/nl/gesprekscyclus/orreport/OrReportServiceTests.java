package nl.gesprekscyclus.orreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.OrReportSettings;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.privacy.PersonalDataExport;
import nl.gesprekscyclus.security.TestAccounts;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.InzageZip;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The report for the ondernemingsraad on the small organisation of {@link OrReportWorld} (Team Klein of 4, Team
 * Groot of 8, in 2075): its figures where a group is big enough, nothing of Team Klein (also not as the total
 * minus Team Groot), breakdowns only where cycle.yaml asks, files without a figure under 5, and HR only.
 */
@DatabaseTest
class OrReportServiceTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrReportService service;
    @Autowired
    OrReportExport export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CycleSettings settings;

    @BeforeEach
    void givenTheWorld() {
        OrReportWorld.ensure(context);
        Login.as(users, DemoUsers.HR);
    }

    @AfterEach
    void logout() {
        Login.logout();
    }

    private static OrReport.Row row(OrReport.Section section, String label) {
        return section.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<Long> cells(Long... values) {
        return Arrays.asList(values);
    }

    @Test
    void shouldCountTheYearPerPhaseAndJudgementAddedUpToTheDirectie() {
        // the gemeente is level 0, its directies and clusters level 1
        int directie = 1;
        assertThat(service.levels()).extracting(OrReportService.Level::depth).startsWith(0, 1, 2);
        OrReport report = service.report(OrReportWorld.YEAR, directie, Messages.DUTCH).orElseThrow();
        OrReport.Section units = report.sections().get(0);
        assertThat(report.columns()).extracting(OrReport.Column::label).containsExactly("In de cyclus",
                "Planning afgesproken", "Voortgangsgesprek gehouden", "Beoordeling vastgesteld", "onvoldoende",
                "matig", "voldoende", "goed", "uitstekend");
        assertThat(units.rows()).extracting(OrReport.Row::label).containsExactly("Rapportagedirectie");
        // 12 in the cycle, all agreed; 11 held the progress conversation and 10 are final (1 and 2 short: those
        // "not yet" groups are under 5, so the figures that would give them away are suppressed); one onvoldoende
        // and one voldoende are too small to show, and the 8 goed are shown
        assertThat(row(units, "Rapportagedirectie").cells()).containsExactly(12L, 12L, null, null, null, 0L, null, 8L,
                0L);
        assertThat(units.total().cells()).isEqualTo(row(units, "Rapportagedirectie").cells());
        assertThat(report.anySuppressed()).isTrue();
    }

    @Test
    void shouldNeverShowAFigureOfTheUnitOfFourNotEvenAsTheTotalMinusTheOtherUnit() {
        OrReport report = service.report(OrReportWorld.YEAR, null, Messages.DUTCH).orElseThrow();
        OrReport.Section units = report.sections().get(0);
        assertThat(units.rows()).extracting(OrReport.Row::label).as("units without anyone in the round are left out")
                .containsExactly("Team Groot", "Team Klein");
        assertThat(row(units, "Team Klein").cells()).containsOnlyNulls();
        List<Long> big = row(units, "Team Groot").cells();
        List<Long> total = units.total().cells();
        for (int c = 0; c < total.size(); c++) {
            assertThat(total.get(c) == null || big.get(c) == null)
                    .as("column %s: total and Team Groot both shown would give Team Klein by subtraction",
                            report.columns().get(c).label()).isTrue();
        }
        assertThat(total.get(0)).as("the organisation's 12").isEqualTo(12L);
    }

    @Test
    void shouldBreakDownByGenderAndAgeOnlyWhereConfigured() {
        OrReport plain = service.report(OrReportWorld.YEAR, null, Messages.DUTCH).orElseThrow();
        assertThat(plain.sections()).extracting(OrReport.Section::key).containsExactly("units");

        CycleSettings withBreakdowns = new CycleSettings(settings.calendar(), settings.responseTermDays(),
                settings.reminders(), settings.minimumAssessedMonths(), settings.retentionYears(),
                settings.resultScores(), settings.overallJudgements(), settings.assessmentPolicy(),
                settings.cycleShape(),
                settings.vlootschouw(), settings.feedback(),
                new OrReportSettings(5, List.of(OrReportSettings.GENDER, OrReportSettings.AGE_BAND), List.of(40, 60)));
        OrReportService configured = new OrReportService(context.getBean(NamedParameterJdbcTemplate.class),
                context.getBean(OrganisationDirectory.class), withBreakdowns, context.getBean(AuditTrail.class));
        OrReport report = configured.report(OrReportWorld.YEAR, null, Messages.DUTCH).orElseThrow();
        assertThat(report.sections()).extracting(OrReport.Section::key).containsExactly("units", "geslacht",
                "leeftijdsklasse");
        OrReport.Section gender = report.sections().get(1);
        assertThat(gender.rows()).extracting(OrReport.Row::label).containsExactly("Man", "Vrouw", "Niet vastgelegd");
        assertThat(row(gender, "Man").cells().get(0)).isEqualTo(6L);
        assertThat(row(gender, "Niet vastgelegd").cells()).as("one person").containsOnlyNulls();
        OrReport.Section age = report.sections().get(2);
        // on 31-12-2075: born 2040 and 2045 are under 40 (4 + 4), born 2020 is 40-59 (3), one not recorded
        assertThat(age.rows()).extracting(OrReport.Row::label).containsExactly("Jonger dan 40", "40 t/m 59 jaar",
                "Niet vastgelegd");
        assertThat(row(age, "Jonger dan 40").cells().get(0)).isEqualTo(8L);
        assertThat(row(age, "40 t/m 59 jaar").cells()).containsOnlyNulls();
        assertThat(gender.total()).as("one total row for every section").isEqualTo(report.sections().get(0).total());
    }

    @Test
    void shouldWriteACsvWithoutAnyFigureUnderFiveAndAuditTheDownload() {
        CycleSettings withBreakdowns = new CycleSettings(settings.calendar(), settings.responseTermDays(),
                settings.reminders(), settings.minimumAssessedMonths(), settings.retentionYears(),
                settings.resultScores(), settings.overallJudgements(), settings.assessmentPolicy(),
                settings.cycleShape(),
                settings.vlootschouw(), settings.feedback(), new OrReportSettings(5, List.of(OrReportSettings.GENDER),
                null));
        OrReport report = new OrReportService(context.getBean(NamedParameterJdbcTemplate.class),
                context.getBean(OrganisationDirectory.class), withBreakdowns, context.getBean(AuditTrail.class))
                .report(OrReportWorld.YEAR, null, Messages.DUTCH).orElseThrow();
        long before = exports();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(report, Messages.DUTCH, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        List<Long> numbers = new ArrayList<>();
        for (String line : csv.lines().toList()) {
            for (String cell : line.split(";")) {
                if (cell.matches("\\d+")) {
                    numbers.add(Long.parseLong(cell));
                }
            }
        }
        assertThat(numbers).as("the figures of the file").isNotEmpty().allMatch(n -> n == 0 || n >= 5);
        assertThat(csv).contains("Team Klein;–;–;–;–;–;–;–;–;–").contains("Niet vastgelegd;–")
                .contains("minder dan 5 personen");
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'or-report.export'"
                + " order by id desc fetch first 1 row only", String.class)).startsWith("csv, year 2075");

        byte[] pdf = export.pdf(report, Messages.DUTCH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(exports()).isEqualTo(before + 2);
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'or-report.export'"
                + " and actor = 'berg'", Long.class);
    }

    @Test
    void shouldRefuseEveryoneButHrAndAuditEachRefusal() {
        OrReport report = service.report(OrReportWorld.YEAR, null, Messages.DUTCH).orElseThrow();
        for (String user : List.of(DemoUsers.MANAGER, DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR, DemoUsers.ADMIN)) {
            Login.as(users, user);
            long refused = refusals();
            assertThatThrownBy(() -> service.report(OrReportWorld.YEAR, null, Messages.DUTCH)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.csv(report, Messages.DUTCH, new ByteArrayOutputStream())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(refusals()).as(user).isEqualTo(refused + 2);
        }
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = ?", Long.class,
                AuditTrail.REFUSED);
    }

    @Test
    void shouldGiveThePersonTheirGenderAndBirthDateInTheInzageOnly() {
        long id = context.getBean(OrganisationDirectory.class).employeeByPersonnelNumber("750011").orElseThrow().id();
        TestAccounts.ensure(context, "or-rapport", id, List.of());
        Login.as(users, "or-rapport");
        InzageZip zip = InzageZip.download(context.getBean(PersonalDataExport.class));
        assertThat(zip.data().get("reportData")).hasSize(1);
        assertThat(zip.data().get("reportData").get(0).get("gender").asText()).isEqualTo("M");
        assertThat(zip.data().get("reportData").get(0).get("birth_date").asText()).startsWith("2045-03-01");
        // and nobody else's: her colleague's 2020 birth year is not in it
        assertThat(zip.json()).doesNotContain("2020-03-01");
    }
}
