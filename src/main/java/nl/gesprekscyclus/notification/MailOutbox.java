package nl.gesprekscyclus.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox table (mail_outbox) in plain SQL: the claim must be one atomic UPDATE that two app nodes on one
 * database can run at the same time without both getting a row, which JPA would hide.
 */
@Component
class MailOutbox {

    private static final String COLUMNS = "id, notification_id, recipient_employee_id, kind, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";
    private static final RowMapper<OutboxMail> ROW = MailOutbox::row;

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long notificationId, long recipient, NotificationKind kind, MailStatus status, Instant now) {
        jdbc.update("insert into mail_outbox (notification_id, recipient_employee_id, kind, status, next_attempt_at, "
                + "created_at, dedup_key) values (?, ?, ?, ?, ?, ?, ?)", notificationId, recipient, kind.name(),
                status.name(), ts(now), ts(now), "n" + notificationId + ":e" + recipient);
    }

    /** A digest row for a person and day; the unique dedup key makes a second node's attempt fail. */
    long addDigest(long recipient, String day, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into mail_outbox (recipient_employee_id, kind, status, "
                    + "next_attempt_at, created_at, dedup_key) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, recipient);
            ps.setString(2, OutboxMail.DIGEST_KIND);
            ps.setString(3, MailStatus.PENDING.name());
            ps.setTimestamp(4, ts(now));
            ps.setTimestamp(5, ts(now));
            ps.setString(6, "digest:e" + recipient + ":" + day);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** People with mails waiting for their digest. */
    List<Long> recipientsWithHeldMail() {
        return jdbc.queryForList("select distinct recipient_employee_id from mail_outbox where status = 'HELD'",
                Long.class);
    }

    int attachHeldTo(long digestId, long recipient) {
        return jdbc.update("update mail_outbox set status = 'DIGESTED', digest_id = ? where recipient_employee_id = ?"
                + " and status = 'HELD'", digestId, recipient);
    }

    List<Long> notificationsOfDigest(long digestId) {
        return jdbc.queryForList("select notification_id from mail_outbox where digest_id = ? order by id",
                Long.class, digestId);
    }

    /**
     * Claims up to {@code limit} due mails for this sender (token) in one statement. The outer condition repeats
     * the inner one: a concurrent claim that committed first changed the status, and PostgreSQL re-checks the
     * outer condition on the new row version, so the second node skips the row instead of sending it again.
     * A mail claimed before {@code staleBefore} belonged to a sender that died: it is claimed again.
     */
    int claim(String token, Instant now, Instant staleBefore, int limit) {
        String due = "((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_at < ?))";
        return jdbc.update("update mail_outbox set status = 'SENDING', claimed_by = ?, claimed_at = ?, "
                + "attempts = attempts + 1 where " + due + " and id in (select id from mail_outbox where " + due
                + " order by id fetch first " + limit + " rows only)", token, ts(now), ts(now), ts(staleBefore),
                ts(now), ts(staleBefore));
    }

    List<OutboxMail> claimedBy(String token) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where claimed_by = ? and status = 'SENDING' "
                + "order by id", ROW, token);
    }

    void markSent(long id, String token, Instant now) {
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, claimed_by = null, last_error = null "
                + "where id = ? and claimed_by = ?", ts(now), id, token);
    }

    void markFailedAttempt(long id, String token, MailStatus status, Instant nextAttempt, String error) {
        jdbc.update("update mail_outbox set status = ?, next_attempt_at = ?, last_error = ?, claimed_by = null "
                + "where id = ? and claimed_by = ?", status.name(), ts(nextAttempt), abbreviate(error), id, token);
    }

    /** Not sent (yet): what the administrator looks at. */
    List<OutboxMail> unsent(int limit) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where status in ('PENDING', 'SENDING', 'FAILED') "
                + "order by status, id desc fetch first " + limit + " rows only", ROW);
    }

    List<OutboxMail> ofRecipient(long recipient) {
        return jdbc.query("select " + COLUMNS + " from mail_outbox where recipient_employee_id = ? order by id", ROW,
                recipient);
    }

    /** The person no longer wants a digest: what was held goes out as single mails. */
    int releaseHeld(long recipient, Instant now) {
        return jdbc.update("update mail_outbox set status = 'PENDING', next_attempt_at = ? where recipient_employee_id = ?"
                + " and status = 'HELD'", ts(now), recipient);
    }

    /** An administrator's "send again": a fresh set of attempts from now. */
    boolean retry(long id, Instant now) {
        return jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "claimed_by = null where id = ? and status = 'FAILED'", ts(now), id) == 1;
    }

    private static OutboxMail row(ResultSet rs, int n) throws SQLException {
        long value = rs.getLong("notification_id");
        Long notification = rs.wasNull() ? null : value;
        return new OutboxMail(rs.getLong("id"), notification, rs.getLong("recipient_employee_id"),
                rs.getString("kind"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static String abbreviate(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= 1000 ? error : error.substring(0, 997) + "...";
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
