package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.Migrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V16 on a database that was in use: a review whose agreements the manager set, and that waits for the
 * employee, becomes "vastgesteld" (the moment from the audit trail); one sent back by a "niet akkoord", one still
 * drafted and one agreed stay as they were. Each notification gets its task id back from its dedup key, also an
 * HR reminder's ("…/hr/<day>"); a key without one leaves it empty. Runs the real migrations on a fresh H2, or (in
 * the PostgreSQL execution) on an embedded PostgreSQL of its own.
 */
@Tag("db")
class HonestStateMigrationTests {

    private static final Instant T = Instant.parse("2026-02-10T09:00:00Z");

    @Test
    void shouldMarkTheSetAgreementsOfADatabaseInUseAndFindEachNotificationsTask() throws Exception {
        boolean postgres = Migrations.onPostgres();
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : Migrations.h2("honest-migration");
            Migrations.migrateBefore(db, postgres, "16");
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long cluster = insert(jdbc, "insert into cluster (code, name) values ('c', 'Cluster')", "cluster");
            long employee = insert(jdbc, "insert into employee (personnel_number, first_name, last_name, email,"
                    + " job_title_code, cluster_id, start_date) values ('1', 'Sanne', 'Jong', 'j@x.nl', 'a', " + cluster
                    + ", '2020-01-01')", "employee");
            long round = insert(jdbc, "insert into review_round (round_year, status, planning_start, planning_end,"
                    + " progress_start, progress_end, assessment_start, assessment_end, selection, member_count,"
                    + " batch_size, started_by, started_at) values (2026, 'OPEN', '2026-01-01', '2026-03-01',"
                    + " '2026-06-01', '2026-09-30', '2026-10-15', '2026-12-15', 'clusters=;persons=', 1, 100, 'berg',"
                    + " '2026-01-01 08:00:00')", "review_round");

            long waiting = review(jdbc, round, employee, 1, "DRAFT");
            set(jdbc, waiting, T);
            long sentBack = review(jdbc, round, employee, 2, "DRAFT");
            set(jdbc, sentBack, T);
            audit(jdbc, "review.agreements.disagree", sentBack, T.plusSeconds(3600));
            long setAgain = review(jdbc, round, employee, 3, "DRAFT");
            set(jdbc, setAgain, T);
            audit(jdbc, "review.agreements.disagree", setAgain, T.plusSeconds(3600));
            set(jdbc, setAgain, T.plusSeconds(7200));
            long drafting = review(jdbc, round, employee, 4, "DRAFT");
            long agreed = review(jdbc, round, employee, 5, "CURRENT");
            set(jdbc, agreed, T);

            long assigned = notification(jdbc, waiting, "TASK_ASSIGNED:5a1e-77:e" + employee);
            long reminded = notification(jdbc, waiting, "REMINDER:4711/hr/2026-03-02:e" + employee);
            long role = notification(jdbc, waiting, "ESCALATION_HR:4712:rHR");
            long other = notification(jdbc, waiting, "privacy-12");

            Migrations.migrate(db, postgres, null);

            Map<Long, Timestamp> setAt = new HashMap<>();
            jdbc.query("select id, agreements_set_at from review", rs -> {
                setAt.put(rs.getLong(1), rs.getTimestamp(2));
            });
            assertThat(setAt.get(waiting)).isEqualTo(Timestamp.from(T));
            assertThat(setAt.get(sentBack)).as("sent back: a concept again").isNull();
            assertThat(setAt.get(setAgain)).isEqualTo(Timestamp.from(T.plusSeconds(7200)));
            assertThat(setAt.get(drafting)).isNull();
            assertThat(setAt.get(agreed)).as("agreed: the badge reads its own status").isNull();

            Map<Long, String> taskIds = new HashMap<>();
            jdbc.query("select id, task_id from notification", rs -> {
                taskIds.put(rs.getLong(1), rs.getString(2));
            });
            assertThat(taskIds).containsEntry(assigned, "5a1e-77").containsEntry(reminded, "4711")
                    .containsEntry(role, "4712").containsEntry(other, null);
        }
    }

    private static long review(JdbcTemplate jdbc, long round, long employee, int year, String agreementStatus) {
        long id = insert(jdbc, "insert into review (round_id, employee_id, review_year, process_key, job_title_code,"
                + " period_start, period_end, planning_due, progress_start, progress_due, assessment_start,"
                + " assessment_due, phase, started_at) values (" + round + ", " + employee + ", " + year + ", '"
                + year + "/1', 'a', '2026-01-01', '2026-12-31', '2026-03-01', '2026-06-01', '2026-09-30',"
                + " '2026-10-15', '2026-12-15', 'PLANNING', '2026-01-01 08:00:00')", "review");
        jdbc.update("insert into result_agreement (review_id, lineage, version_number, result_area, description,"
                + " criterion, status, created_by, created_at) values (?, ?, 1, 'RG1', 'd', 'c', ?, 'jong', ?)", id,
                "lineage-" + id, agreementStatus, Timestamp.from(T));
        return id;
    }

    private static void set(JdbcTemplate jdbc, long review, Instant at) {
        audit(jdbc, "review.agreements.set", review, at);
    }

    private static void audit(JdbcTemplate jdbc, String action, long review, Instant at) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, record, outcome) values (?, 'bakker', ?, ?,"
                + " 'SUCCESS')", Timestamp.from(at), action, "review " + review);
    }

    private static long notification(JdbcTemplate jdbc, long review, String dedup) {
        jdbc.update("insert into notification (recipient_role, review_id, kind, task_key, created_at, dedup_key)"
                + " values ('HR', ?, 'REMINDER', 'hrAdvice', ?, ?)", review, Timestamp.from(T), dedup);
        return jdbc.queryForObject("select id from notification where dedup_key = ?", Long.class, dedup);
    }

    private static long insert(JdbcTemplate jdbc, String sql, String table) {
        jdbc.update(sql);
        return jdbc.queryForObject("select max(id) from " + table, Long.class);
    }
}
