package nl.gesprekscyclus.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.review.ReviewPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes reviews that were closed (or ended) longer ago than the retention period, with everything recorded in
 * them, their signed PDFs and the engine's history of their processes ({@link ProcessHistory}). One transaction per
 * review, so one failure does not hold up the rest. The review's audit entries stay (the trail is append-only and
 * is the account of what happened); they name the review by number and carry no content of it (the kinds and
 * records are technical; free text the trail holds is the reason HR gave for opening a file, which is about the
 * opener's work). The deletion itself is recorded.
 *
 * <p>Works on the tables directly rather than through each feature's repositories: it is one cross-cutting
 * deletion and {@link ReviewTables} is the one list of what a review consists of.
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final RetentionSettings settings;
    private final Clock clock;
    private final ProcessHistory processHistory;

    Retention(JdbcTemplate jdbc, TransactionTemplate tx, AuditTrail audit, RetentionSettings settings, Clock clock,
            ProcessHistory processHistory) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.processHistory = processHistory;
    }

    /** Closed before this moment: past retention. */
    public Instant cutoff() {
        return ZonedDateTime.now(clock).minusYears(settings.years()).toInstant();
    }

    /** Deletes every review past retention; returns the ids of the reviews deleted. */
    public List<Long> deleteExpiredReviews() {
        List<Map<String, Object>> expired = jdbc.queryForList(
                "select id, employee_id, review_year, closed_at, process_key from review "
                        + "where phase in " + ReviewPhase.inSql(ReviewPhase.finished())
                        + " and closed_at < ? order by id",
                java.sql.Timestamp.from(cutoff()));
        List<Long> deleted = new ArrayList<>();
        // rows are case-insensitive maps: H2 names columns in capitals, PostgreSQL in lower case
        for (Map<String, Object> row : expired) {
            long reviewId = ((Number) row.get("id")).longValue();
            Long employeeId = ((Number) row.get("employee_id")).longValue();
            try {
                Deleted done = tx.execute(status -> delete(reviewId, (String) row.get("process_key")));
                audit.record("(system)", "retention.delete", "review " + reviewId, employeeId, AuditTrail.SUCCESS,
                        null, "review year " + row.get("review_year") + ", closed " + row.get("closed_at")
                                + ", retention " + settings.years() + " years, " + done.rows() + " rows deleted, "
                                + "engine history of " + done.processInstances() + " process instance(s)");
                deleted.add(reviewId);
            } catch (RuntimeException e) {
                log.error("Retention: deleting review {} failed", reviewId, e);
                audit.record("(system)", "retention.delete", "review " + reviewId, employeeId, AuditTrail.FAILURE,
                        null, e.getClass().getSimpleName());
            }
        }
        if (!deleted.isEmpty()) {
            log.info("Retention: deleted {} review(s) closed before {}", deleted.size(), cutoff());
        }
        return deleted;
    }

    /** What one review's deletion removed: rows of our tables, and process instances from the engine's history. */
    private record Deleted(int rows, int processInstances) {
    }

    private Deleted delete(long reviewId, String processKey) {
        int rows = jdbc.update("delete from " + ReviewTables.MAILS_OF_NOTIFICATIONS
                + " where notification_id in (select id from notification where review_id = ?)", reviewId);
        for (String table : ReviewTables.CONTENT) {
            rows += jdbc.update("delete from " + table + " where review_id = ?", reviewId);
        }
        // the one path past the documents' immutability trigger: mark the review, then delete (V10_1)
        jdbc.update("update review set retention_deletion_at = ? where id = ?", java.sql.Timestamp.from(clock.instant()),
                reviewId);
        rows += jdbc.update("delete from " + ReviewTables.DOCUMENTS + " where review_id = ?", reviewId);
        rows += jdbc.update("delete from review where id = ?", reviewId);
        return new Deleted(rows, processHistory.deleteEnded(processKey));
    }
}
