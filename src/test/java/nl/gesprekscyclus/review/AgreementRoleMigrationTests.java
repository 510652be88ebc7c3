package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.Migrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V22 on a database that was in use: result agreements with the old free-text "rol" keep their text and
 * their resultaatgebied, untouched (the text is matched to a role at read time, docs/roles.md); from then on an
 * agreement may name a role instead of a resultaatgebied, but not neither. Runs the real migrations on a fresh H2,
 * or (in the PostgreSQL execution) on an embedded PostgreSQL of its own.
 */
@Tag("db")
class AgreementRoleMigrationTests {

    private static final Instant T = Instant.parse("2052-02-10T09:00:00Z");

    @Test
    void shouldKeepTheOldFreeTextAndAllowARoleInsteadOfAResultArea() throws Exception {
        boolean postgres = Migrations.onPostgres();
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : Migrations.h2("agreement-role-migration");
            Migrations.migrateBefore(db, postgres, "22");
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long review = review(jdbc);
            agreement(jdbc, review, "old-named", "RG1", "Projectleider");
            agreement(jdbc, review, "old-other", "RG2", "trekker van het project");
            agreement(jdbc, review, "old-none", "RG2", null);

            Migrations.migrate(db, postgres, null);

            assertThat(jdbc.queryForList("select lineage, result_area, work_role, role_code, role_name from"
                    + " result_agreement order by lineage")).extracting(AgreementRoleMigrationTests::lower).containsExactly(
                            row("old-named", "RG1", "Projectleider"), row("old-none", "RG2", null),
                            row("old-other", "RG2", "trekker van het project"));
            // a new agreement linked to a role has no resultaatgebied; one linked to nothing is refused
            jdbc.update("insert into result_agreement (review_id, lineage, version_number, result_area, role_code,"
                    + " role_name, description, criterion, status, created_by, created_at) values (?, 'new-role', 1,"
                    + " null, 'projectleider', 'Projectleider', 'd', 'c', 'DRAFT', 'jong', ?)", review, Timestamp.from(T));
            assertThatThrownBy(() -> jdbc.update("insert into result_agreement (review_id, lineage, version_number,"
                    + " result_area, description, criterion, status, created_by, created_at) values (?, 'none', 1, null,"
                    + " 'd', 'c', 'DRAFT', 'jong', ?)", review, Timestamp.from(T)))
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    private static Map<String, Object> row(String lineage, String area, String text) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("lineage", lineage);
        row.put("result_area", area);
        row.put("work_role", text);
        row.put("role_code", null);
        row.put("role_name", null);
        return row;
    }

    /** H2 names columns in capitals, PostgreSQL in lower case. */
    private static Map<String, Object> lower(Map<String, Object> row) {
        java.util.HashMap<String, Object> lowered = new java.util.HashMap<>();
        row.forEach((k, v) -> lowered.put(k.toLowerCase(), v));
        return lowered;
    }

    private static long review(JdbcTemplate jdbc) {
        long cluster = insert(jdbc, "insert into org_unit (code, name) values ('c', 'Cluster')", "org_unit");
        long employee = insert(jdbc, "insert into employee (personnel_number, first_name, last_name, email,"
                + " job_title_code, unit_id, start_date) values ('1', 'Sanne', 'Jong', 'j@x.nl', 'a', " + cluster
                + ", '2020-01-01')", "employee");
        long round = insert(jdbc, "insert into review_round (round_year, status, planning_start, planning_end,"
                + " progress_start, progress_end, assessment_start, assessment_end, selection, member_count,"
                + " batch_size, started_by, started_at) values (2052, 'OPEN', '2052-01-01', '2052-03-01',"
                + " '2052-06-01', '2052-09-30', '2052-10-15', '2052-12-15', 'clusters=;persons=', 1, 100, 'berg',"
                + " '2052-01-01 08:00:00')", "review_round");
        return insert(jdbc, "insert into review (round_id, employee_id, review_year, process_key, job_title_code,"
                + " period_start, period_end, planning_due, progress_start, progress_due, assessment_start,"
                + " assessment_due, phase, started_at) values (" + round + ", " + employee + ", 2052, '2052/1', 'a',"
                + " '2052-01-01', '2052-12-31', '2052-03-01', '2052-06-01', '2052-09-30', '2052-10-15', '2052-12-15',"
                + " 'PLANNING', '2052-01-01 08:00:00')", "review");
    }

    private static void agreement(JdbcTemplate jdbc, long review, String lineage, String area, String workRole) {
        jdbc.update("insert into result_agreement (review_id, lineage, version_number, result_area, work_role,"
                + " description, criterion, status, created_by, created_at) values (?, ?, 1, ?, ?, 'd', 'c', 'CURRENT',"
                + " 'jong', ?)", review, lineage, area, workRole, Timestamp.from(T));
    }

    private static long insert(JdbcTemplate jdbc, String sql, String table) {
        jdbc.update(sql);
        return jdbc.queryForObject("select max(id) from " + table, Long.class);
    }
}
