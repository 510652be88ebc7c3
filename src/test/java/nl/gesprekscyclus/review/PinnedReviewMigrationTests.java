package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.gesprekscyclus.functionbook.FunctionBookReader;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.ReviewScenario;
import nl.gesprekscyclus.test_support.TestPeople;
import nl.gesprekscyclus.test_support.TestYears;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews that started before issue 16 (rows as migration 13 left them: no profile history, result agreements
 * without the name of their resultaatgebied) keep today's behaviour: migration 14 and 14.1 give every agreement the
 * name from the book version and normfunctie its review runs on, and the review reads, shows names, rates against
 * its own profile and signs as before. On H2 and PostgreSQL.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class PinnedReviewMigrationTests {

    static final int YEAR = TestYears.PINNED_MIGRATION;
    static final String SANNE = TestPeople.SANNE.personnelNumber();

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reads;
    @Autowired
    ProcessDriver driver;

    /** Sanne's review of the year, through the real services. */
    ReviewScenario review;

    @BeforeEach
    void scenario() {
        review = ReviewScenario.of(context, TestPeople.SANNE).inYear(YEAR);
    }

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    /** Migrates a schema of its own to 13.1, writes a review as it was then, and migrates it to the end. */
    @Test
    void shouldNameTheResultAreasOfAgreementsMadeBeforeMigration14FromTheirReviewsBook() throws Exception {
        boolean postgres = postgres();
        String schema = postgres ? "v13check" : "V13CHECK";
        try {
            flyway(schema, postgres).target("13.1").load().migrate();
            String ommen = new FunctionBookReader().canonical(new FunctionBookReader().read("ommen.yaml",
                    java.nio.file.Files.readAllBytes(java.nio.file.Path.of("config/functionbooks/ommen.yaml"))));
            jdbc.update("insert into " + schema + ".function_book_version (id, book_code, version_number, content_hash,"
                    + " source_file, loaded_at, content) values (1, 'ommen-hr21', 1, 'x', 'ommen.yaml',"
                    + " current_timestamp, ?)", ommen);
            // the cluster's id from its identity, as the application writes it: V18 adds the top unit to the same
            // table, and a hand-picked id would be the one the identity gives that unit
            jdbc.update("insert into " + schema + ".cluster (code, name) values ('beleid', 'Beleid')");
            long cluster = jdbc.queryForObject("select id from " + schema + ".cluster where code = 'beleid'", Long.class);
            jdbc.update("insert into " + schema + ".employee (id, personnel_number, first_name, last_name, email,"
                    + " job_title_code, cluster_id, start_date) values (1, '100031', 'Sanne', 'Jong', 's@ommen.nl',"
                    + " 'beleidsadviseur', ?, date '2020-01-01')", cluster);
            jdbc.update("insert into " + schema + ".review_round (id, round_year, status, planning_start, planning_end,"
                    + " progress_start, progress_end, assessment_start, assessment_end, selection, member_count,"
                    + " batch_size, started_by, started_at) values (1, 2037, 'OPEN', date '2037-01-01',"
                    + " date '2037-03-01', date '2037-06-01', date '2037-09-30', date '2037-10-15',"
                    + " date '2037-12-15', '{}', 1, 100, 'berg', current_timestamp)");
            jdbc.update("insert into " + schema + ".review (id, round_id, employee_id, review_year, process_key,"
                    + " job_title_code, job_profile_code, function_book_version_id, period_start, period_end,"
                    + " planning_due, progress_start, progress_due, assessment_start, assessment_due, phase,"
                    + " started_at) values (1, 1, 1, 2037, '2037/100031', 'beleidsadviseur',"
                    + " 'medewerker-ontwikkeling-ii', 1, date '2037-01-01', date '2037-12-15', date '2037-03-01',"
                    + " date '2037-06-01', date '2037-09-30', date '2037-10-15', date '2037-12-15', 'PROGRESS',"
                    + " current_timestamp)");
            for (Object[] row : List.of(new Object[] {1, "RG1"}, new Object[] {2, "RG2"}, new Object[] {3, "RG9"})) {
                jdbc.update("insert into " + schema + ".result_agreement (id, review_id, lineage, version_number,"
                        + " result_area, description, criterion, status, created_by, created_at) values (?, 1, ?, 1,"
                        + " ?, 'Nota', 'Vastgesteld', 'CURRENT', 'jong', current_timestamp)", row[0], "l" + row[0],
                        row[1]);
            }

            flyway(schema, postgres).javaMigrations(new V14_1__Agreed_result_area_names()).load().migrate();

            assertThat(jdbc.queryForList("select result_area || ': ' || coalesce(result_area_name, '(none)') || ' / '"
                    + " || coalesce(result_area_profile, '(none)') || ' / ' || coalesce(cast("
                    + "result_area_book_version_id as varchar(20)), '(none)') from " + schema + ".result_agreement"
                    + " order by id", String.class)).containsExactly(
                            "RG1: Beleidsontwikkeling / medewerker-ontwikkeling-ii / 1",
                            "RG2: Procesbewaking en regie / medewerker-ontwikkeling-ii / 1",
                            // a code the profile does not have keeps no name; the screens show its code
                            "RG9: (none) / (none) / (none)");
            assertThat(jdbc.queryForObject("select count(*) from " + schema + ".review_profile_change", Integer.class))
                    .isZero();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    /**
     * A review of this application, agreed, then put back as migration 13 left it (no names on its agreements),
     * and named by 14.1: it reads with names, has one profile for the whole year, rates against it and signs.
     */
    @Test
    void shouldLetAReviewStartedBeforeMigration14ReadRateAndSignAsBefore() {
        long id = agreedReview();
        jdbc.update("update result_agreement set result_area_name = null, result_area_profile = null,"
                + " result_area_book_version_id = null where review_id = ?", id);
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThat(reads.dossier(id).resultAgreements()).extracting(ResultAgreement::resultAreaName)
                .as("as 13 left it, before 14.1").containsExactlyInAnyOrder("RG1", "RG2");

        int named = tx.execute(status -> jdbc.execute((ConnectionCallback<Integer>) this::backfill));

        assertThat(named).isGreaterThanOrEqualTo(2);
        ReviewDossier dossier = reads.dossier(id);
        assertThat(dossier.resultAgreements()).extracting(ResultAgreement::resultAreaName)
                .containsExactlyInAnyOrder("Beleidsontwikkeling", "Procesbewaking en regie");
        assertThat(dossier.profileHistory()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(dossier.review().dates().periodStart());
            assertThat(p.until()).isNull();
            assertThat(p.jobProfile().code()).isEqualTo("medewerker-ontwikkeling-ii");
        });

        Signature assessed = assess();
        assertThat(assessed.getContentHash()).isEqualTo(SignedContent.sha256(assessed.getSignedContent()));
        assertThat(assessed.getSignedContent()).contains("\"resultAreaName\":\"Beleidsontwikkeling\"")
                .contains("\"jobProfile\":\"Medewerker ontwikkeling II\"")
                .contains("{\"comment\":null,\"competency\":\"visie\",\"expectedLevel\":\"B\",\"level\":\"B\"}");
    }

    private int backfill(Connection connection) throws SQLException {
        return new V14_1__Agreed_result_area_names().backfill(connection);
    }

    private long agreedReview() {
        return review.withAgreements(
                new ResultAgreementData("RG1", null, "Nota " + YEAR, "Vastgesteld door de raad",
                        LocalDate.of(YEAR, 9, 30), 60),
                new ResultAgreementData("RG2", null, "Regie " + YEAR, "Ketenoverleg loopt",
                        LocalDate.of(YEAR, 11, 30), 40)).planned().id();
    }

    /** Progress and assessment as before: every competency of its own profile rated at its expected level. */
    private Signature assess() {
        review.withProgressReport("Op koers.").assessed();
        Login.as(users, DemoUsers.MANAGER);
        return reads.dossier(review.id()).signatures().stream().filter(s -> s.getKind() == SignatureKind.ASSESS)
                .findFirst().orElseThrow();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema, boolean postgres) {
        return Flyway.configure().dataSource(dataSource).schemas(schema)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .placeholders(Map.of("large_text", postgres ? "text" : "character large object"));
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData()
                .getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
