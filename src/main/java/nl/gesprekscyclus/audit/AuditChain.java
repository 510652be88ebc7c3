package nl.gesprekscyclus.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How one link of the audit seal chain is computed, the same for the sealer that writes it and the check that
 * recomputes it: SHA-256 over the previous link's hash, the link's position and every field of the entry as the
 * database holds it. Each field is written with its length, so no choice of text can make two different entries
 * read alike.
 */
final class AuditChain {

    /** The "previous hash" of the first link. */
    static final String GENESIS = "0".repeat(64);

    /** The columns of an entry, as {@link Entry#read} expects them (table alias {@code e}). */
    static final String ENTRY_COLUMNS = "e.id, e.occurred_at, e.actor, e.action, e.record, e.subject_employee_id,"
            + " e.outcome, e.remote_address, e.detail";

    private AuditChain() {
    }

    /** An audit entry's stored fields. */
    record Entry(long id, Instant occurredAt, String actor, String action, String record, Long subjectEmployeeId,
            String outcome, String remoteAddress, String detail) {

        static Entry read(ResultSet rs) throws SQLException {
            long subject = rs.getLong("subject_employee_id");
            Long subjectOrNull = rs.wasNull() ? null : subject;
            return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("record"), subjectOrNull,
                    rs.getString("outcome"), rs.getString("remote_address"), rs.getString("detail"));
        }
    }

    static String linkHash(String previousHash, long seq, Entry e) {
        StringBuilder s = new StringBuilder(400).append(previousHash).append('\n').append(seq).append('\n');
        field(s, String.valueOf(e.id()));
        // the databases keep microseconds: the hash must not depend on how a driver hands back the rest
        field(s, String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt())));
        field(s, e.actor());
        field(s, e.action());
        field(s, e.record());
        field(s, e.subjectEmployeeId() == null ? null : e.subjectEmployeeId().toString());
        field(s, e.outcome());
        field(s, e.remoteAddress());
        field(s, e.detail());
        return sha256(s.toString());
    }

    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("-;");
        } else {
            s.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
