package nl.gesprekscyclus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.sql.DataSource;
import nl.gesprekscyclus.test_support.Migrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V13 on a database that was in use: the review content older versions wrote into the trail's detail is
 * replaced by a marker, everything else stays, and the trail is append-only again afterwards. Runs the real
 * migrations on a fresh H2, or (in the PostgreSQL execution) on an embedded PostgreSQL of its own.
 */
@Tag("db")
class AuditMigrationTests {

    @Test
    void shouldTakeTheReviewContentOutOfTheTrailOfADatabaseInUse() throws Exception {
        boolean postgres = Migrations.onPostgres();
        try (EmbeddedPostgres pg = postgres ? EmbeddedPostgres.builder().start() : null) {
            DataSource db = postgres ? pg.getPostgresDatabase() : Migrations.h2("audit-migration");
            Migrations.migrate(db, postgres, "11");
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long assessment = insert(jdbc, "review.assessment.write", "matig");
            long decision = insert(jdbc, "review.response.decide", "changed to voldoende");
            long unchanged = insert(jdbc, "review.response.decide", "unchanged");
            long response = insert(jdbc, "review.response.submit", "conversation requested");
            long opening = insert(jdbc, "review.dossier-open", "Klacht van de medewerker over de beoordeling");
            long signing = insert(jdbc, "review.agreements.agree", "hash 0a1b");

            Migrations.migrate(db, postgres, null);

            Map<Long, String> details = new java.util.HashMap<>();
            jdbc.query("select id, detail from audit_event", rs -> {
                details.put(rs.getLong(1), rs.getString(2));
            });
            String marker = "review content removed by migration V13";
            assertThat(details).containsEntry(assessment, marker).containsEntry(decision, marker)
                    .containsEntry(unchanged, marker).containsEntry(response, marker)
                    .containsEntry(opening, "Klacht van de medewerker over de beoordeling")
                    .containsEntry(signing, "hash 0a1b");
            assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'goed' where id = ?", assessment))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", opening))
                    .hasMessageContaining("append-only");
        }
    }

    private static long insert(JdbcTemplate jdbc, String action, String detail) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, record, outcome, detail)"
                + " values (?, 'bakker', ?, 'review 1', 'SUCCESS', ?)", OffsetDateTime.now(), action, detail);
        return jdbc.queryForObject("select max(id) from audit_event", Long.class);
    }
}
